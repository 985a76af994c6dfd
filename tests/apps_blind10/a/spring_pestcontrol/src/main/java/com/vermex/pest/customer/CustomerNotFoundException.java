package com.vermex.pest.customer;

public class CustomerNotFoundException extends RuntimeException {

    public CustomerNotFoundException(String email, String postcode) {
        super("No customer registered with " + email + " at " + postcode);
    }

    public CustomerNotFoundException(long id) {
        super("No customer " + id);
    }
}
