package com.verminguard.field.clients;

import com.verminguard.field.contract.CardInput;

import io.helidon.http.HeaderNames;
import io.helidon.webclient.api.HttpClientResponse;
import io.helidon.webclient.api.WebClient;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/** Sprayline Pay, card-not-present API. */
public class Gateway {

    private final WebClient http;
    private final String secret;

    Gateway(WebClient http, String secret) {
        this.http = http;
        this.secret = secret;
    }

    public JsonObject verify(CardInput card) {
        return post("/card-checks", Json.createObjectBuilder()
                .add("number", card.number()).add("expiry", card.expiry()).add("cvv", card.cvv())
                .add("holder", card.holder()).build());
    }

    public JsonObject charge(String pan, String expiry, String cvv, int amountPence, String reference) {
        return post("/charges", Json.createObjectBuilder()
                .add("source", Json.createObjectBuilder().add("number", pan).add("expiry", expiry).add("cvv", cvv))
                .add("amount", amountPence).add("currency", "GBP").add("reference", reference).build());
    }

    public JsonObject chargeToken(String token, int amountPence, String reference) {
        return post("/charges", Json.createObjectBuilder()
                .add("source", token).add("amount", amountPence).add("currency", "GBP")
                .add("reference", reference).build());
    }

    private JsonObject post(String path, JsonObject body) {
        try (HttpClientResponse res = http.post(path)
                .header(HeaderNames.AUTHORIZATION, "Bearer " + secret)
                .submit(body)) {
            if (res.status().code() >= 400) {
                throw new GatewayException(res.status().code(), res.as(JsonObject.class).getString("code", "?"));
            }
            return res.as(JsonObject.class);
        }
    }
}
