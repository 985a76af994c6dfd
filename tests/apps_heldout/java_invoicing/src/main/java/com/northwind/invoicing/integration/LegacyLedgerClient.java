package com.northwind.invoicing.integration;

import com.northwind.invoicing.domain.Customer;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestTemplate;

/** Mirrors new customers into the on-prem ledger until it is retired. */
@Component
public class LegacyLedgerClient {

    private static final Logger logger = LoggerFactory.getLogger(LegacyLedgerClient.class);
    private static final String LEDGER_URL = "http://ledger.corp.northwind.local:8080/customers";

    private final RestTemplate restTemplate;

    public LegacyLedgerClient(RestTemplate restTemplate) {
        this.restTemplate = restTemplate;
    }

    public void mirror(Customer customer) {
        Map<String, Object> payload = Map.of(
            "name", customer.getFirstName() + " " + customer.getLastName(),
            "email", customer.getEmail(),
            "vat", customer.getTaxId());
        restTemplate.postForEntity(LEDGER_URL, payload, Void.class);
        logger.info("Mirrored customer id={} to ledger", customer.getId());
    }
}
