package com.torqueline.garage.service;

import com.torqueline.garage.domain.Customer;

public class VehicleOwnershipException extends RuntimeException {
    public VehicleOwnershipException(String registration, Customer customer) {
        super("Vehicle " + registration + " is not on the account of " + customer.fullName()
                + " <" + customer.getEmail() + ">, tel " + customer.getPhone());
    }
}
