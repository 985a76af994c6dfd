package com.acme.billing;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public class BillingService {
    private static final Logger log = LoggerFactory.getLogger(BillingService.class);

    public void charge(ChargeRequest req, Customer customer) {
        log.info("charging customer {}", customer.getId());
        log.debug("charge request card={} cvv={}", req.getCardNumber(), req.getCvv()); // expect: card_data_logging
        log.info("receipt to {}", req.getEmail()); // expect: pii_logging
        log.info("card ending {}", Masking.last4(req.getCardNumber()));
        log.info("customer {}", customer); // expect: pii_logging
        if (req.getEmail() != null) {
            log.info("email present");
        }
    }

    void configure(HttpClientBuilder builder) {
        builder.setSSLHostnameVerifier(NoopHostnameVerifier.INSTANCE); // expect: insecure_transport
    }
}
