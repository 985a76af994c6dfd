package com.tickwell.repairs.model;

public record RepairTicket(long id, long customerId, String movement, String fault, Integer estimatePence, String status, String tagNumber) {}
