package com.vermex.pest.integration;

import com.vermex.pest.customer.Customer;
import java.util.HashMap;
import java.util.Map;

final class IntercomContactMapper {

    private IntercomContactMapper() {}

    static Map<String, Object> toContact(Customer customer) {
        Map<String, Object> contact = new HashMap<>();
        contact.put("role", "user");
        contact.put("external_id", "cust-" + customer.id());
        contact.put("email", customer.email());
        contact.put("name", customer.fullName());
        contact.put("phone", customer.phone());
        contact.put("custom_attributes", Map.of("account_type", customer.accountType(), "postcode", customer.postcode()));
        return contact;
    }
}
