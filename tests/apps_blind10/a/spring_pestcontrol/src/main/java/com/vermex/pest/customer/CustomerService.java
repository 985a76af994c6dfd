package com.vermex.pest.customer;

import com.vermex.pest.integration.IntercomClient;
import com.vermex.pest.logging.Audit;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.logging.log4j.ThreadContext;
import org.springframework.stereotype.Service;

@Service
public class CustomerService {

    private static final Logger log = LogManager.getLogger(CustomerService.class);

    private final CustomerRepository customers;
    private final IntercomClient intercom;
    private final MeterRegistry meters;

    public CustomerService(CustomerRepository customers, IntercomClient intercom, MeterRegistry meters) {
        this.customers = customers;
        this.intercom = intercom;
        this.meters = meters;
    }

    public Customer register(NewCustomer request) {
        long id = customers.insert(request);
        Customer customer = customers.findById(id).orElseThrow(() -> new CustomerNotFoundException(id));
        ThreadContext.put("customerId", String.valueOf(customer.id()));
        log.info("registered customer {}", customer);
        meters.counter("customers.registered", "type", customer.accountType()).increment();
        intercom.upsertContact(customer);
        Audit.event("customer.registered", Map.of("customerId", customer.id(), "type", customer.accountType()));
        return customer;
    }

    public Customer identify(String email, String postcode) {
        ThreadContext.put("customerEmail", email);
        return customers.findByEmailAndPostcode(email, postcode)
                .orElseThrow(() -> new CustomerNotFoundException(email, postcode));
    }
}
