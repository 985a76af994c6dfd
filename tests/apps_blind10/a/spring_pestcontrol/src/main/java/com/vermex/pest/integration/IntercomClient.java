package com.vermex.pest.integration;

import com.vermex.pest.customer.Customer;
import java.util.Map;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;

@Component
public class IntercomClient {

    private static final Logger log = LogManager.getLogger(IntercomClient.class);

    private final WebClient web;

    public IntercomClient(@Qualifier("intercomWebClient") WebClient web) {
        this.web = web;
    }

    public void upsertContact(Customer customer) {
        Map<String, Object> contact = IntercomContactMapper.toContact(customer);
        log.debug("intercom contact payload {}", contact);
        web.post().uri("/contacts").bodyValue(contact).retrieve().toBodilessEntity()
                .doOnError(e -> log.warn("intercom upsert failed for customer {}", customer.id()))
                .subscribe();
    }

    public void trackVisitBooked(long customerId, String pest) {
        web.post().uri("/events")
                .bodyValue(Map.of("event_name", "visit-booked", "external_id", "cust-" + customerId,
                        "created_at", System.currentTimeMillis() / 1000, "metadata", Map.of("pest", pest)))
                .retrieve().toBodilessEntity().subscribe();
    }
}
