package com.tickwell.repairs.model;

public record Customer(long id, String fullName, String email, String phone, String address) {}
