package com.windwardlofts.sails.domain;

public record CardCapture(Long orderId, String holderName, String cardNumber, String cvc, String expiry, String capturedBy) {}
