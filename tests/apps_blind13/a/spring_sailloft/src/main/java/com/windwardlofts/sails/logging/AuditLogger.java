package com.windwardlofts.sails.logging;

import com.windwardlofts.sails.domain.Customer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

@Component
public class AuditLogger {
    private static final Logger AUDIT = LoggerFactory.getLogger("AUDIT");

    public void customerCreated(Customer customer) {
        AUDIT.info("customer.created {}", customer);
    }

    public void orderEvent(String action, long orderId, long customerId) {
        AUDIT.info("{} order={} customer={}", action, orderId, customerId);
    }
}
