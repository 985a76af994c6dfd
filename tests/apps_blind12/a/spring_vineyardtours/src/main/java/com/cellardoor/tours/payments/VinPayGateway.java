package com.cellardoor.tours.payments;

import java.util.Map;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

@Component
public class VinPayGateway {

    public record CardInput(String number, String cvv, String expiry, String holder) {}

    public record Authorisation(boolean approved, String token, String lastFour, String brand, String reason) {}

    private final RestClient client;

    public VinPayGateway(@Qualifier("vinpayClient") RestClient client) {
        this.client = client;
    }

    public Authorisation authorise(long amountCents, CardInput card) {
        return client.post().uri("/authorisations")
                .body(Map.of("amount", amountCents, "currency", "EUR",
                        "card", Map.of("number", card.number(), "cvv", card.cvv(), "expiry", card.expiry())))
                .retrieve()
                .body(Authorisation.class);
    }
}
