package com.torqueline.garage.service;

public record BookingConfirmed(Long bookingId, Long customerId, boolean firstVisit) {}
