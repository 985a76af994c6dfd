package com.warmwell.boiler.integration;

import com.warmwell.boiler.domain.Customer;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;

@Component
public class KeapClient {
    private final WebClient keap;

    public KeapClient(@Qualifier("keapClient") WebClient keap) {
        this.keap = keap;
    }

    public Long createContact(Customer c) {
        Map<String, Object> contact = Map.of(
                "given_name", c.getFullName(),
                "email_addresses", List.of(Map.of("email", c.getEmail(), "field", "EMAIL1")),
                "phone_numbers", List.of(Map.of("number", c.getPhone(), "field", "PHONE1")),
                "addresses", List.of(Map.of("line1", c.getAddressLine(), "postal_code", c.getPostcode(), "field", "BILLING")),
                "opt_in_reason", "Booked a boiler service");
        Map<?, ?> created = keap.post().uri("/contacts").bodyValue(contact).retrieve().bodyToMono(Map.class).block();
        return ((Number) created.get("id")).longValue();
    }

    public void tagContact(Long keapContactId, long tagId) {
        keap.post().uri("/contacts/{id}/tags", keapContactId)
                .bodyValue(Map.of("tagIds", List.of(tagId)))
                .retrieve().toBodilessEntity().block();
    }
}
