package com.warmwell.boiler.integration;

import java.util.Map;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;

@Component
public class AcquirerClient {
    private final WebClient acquirer;

    public AcquirerClient(@Qualifier("acquirerClient") WebClient acquirer) {
        this.acquirer = acquirer;
    }

    public Map<?, ?> chargeCard(String pan, int expMonth, int expYear, String cvc, int amountPence, String ref) {
        return acquirer.post().uri("/payments")
                .bodyValue(Map.of(
                        "card", Map.of("number", pan, "expiry_month", expMonth, "expiry_year", expYear, "cvc", cvc),
                        "amount", amountPence, "currency", "GBP", "reference", ref))
                .retrieve().bodyToMono(Map.class).block();
    }

    public Map<?, ?> chargeToken(String token, int amountPence, String ref) {
        return acquirer.post().uri("/payments")
                .bodyValue(Map.of("source", token, "amount", amountPence, "currency", "GBP", "reference", ref))
                .retrieve().bodyToMono(Map.class).block();
    }
}
