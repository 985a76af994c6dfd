package com.northwind.invoicing.events;

import lombok.extern.slf4j.Slf4j;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

@Slf4j
@Component
public class AuditListener {

    @EventListener
    public void onSignup(CustomerSignedUp event) {
        log.info("AUDIT signup {}", event);
    }

    @EventListener
    public void onPaid(InvoicePaid event) {
        log.info("AUDIT paid {}", event);
    }
}
