package com.beanhaus.roastery.model;

public record WholesaleCustomer(
        Long id,
        String cafeName,
        String contactName,
        String email,
        String phone,
        String deliveryAddress,
        String vatNumber,
        String password) {
}
