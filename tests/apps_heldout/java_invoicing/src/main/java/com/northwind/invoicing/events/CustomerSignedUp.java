package com.northwind.invoicing.events;

public record CustomerSignedUp(Long customerId, String email, String phoneNumber) {}
