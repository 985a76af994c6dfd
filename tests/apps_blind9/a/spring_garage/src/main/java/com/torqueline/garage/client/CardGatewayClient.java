package com.torqueline.garage.client;

import java.util.Map;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestTemplate;

@Component
public class CardGatewayClient {
    private final RestTemplate rest;
    private final String baseUrl;

    public CardGatewayClient(@Qualifier("default") RestTemplate rest, @Value("${torqueline.gateway.base-url}") String baseUrl) {
        this.rest = rest;
        this.baseUrl = baseUrl;
    }

    public record AuthResult(String id, String status, String declineCode) {}

    public AuthResult preAuthorise(String pan, String expiry, String cvv, int amountPence, String reference) {
        Map<String, Object> body = Map.of(
                "amount", amountPence, "currency", "GBP", "capture", false, "reference", reference,
                "card", Map.of("number", pan, "expiry", expiry, "cvv", cvv));
        return rest.postForObject(baseUrl + "/v1/authorisations", body, AuthResult.class);
    }

    public void voidAuthorisation(String authId) {
        rest.postForLocation(baseUrl + "/v1/authorisations/{id}/void", null, authId);
    }
}
