package com.sunridge.solar.service;

import com.google.common.flogger.FluentLogger;
import com.sunridge.solar.model.CardInput;
import java.util.Map;
import kong.unirest.core.HttpResponse;
import kong.unirest.core.JsonNode;
import kong.unirest.core.UnirestInstance;
import kong.unirest.core.Unirest;

public class GatewayClient {
    private static final FluentLogger logger = FluentLogger.forEnclosingClass();
    private final UnirestInstance http;

    public GatewayClient(String baseUrl, String apiKey) {
        this.http = Unirest.spawnInstance();
        http.config().defaultBaseUrl(baseUrl).setDefaultHeader("Authorization", "Bearer " + apiKey).connectTimeout(5000);
    }

    public record Charge(String id, String brand, String last4, String status) {}

    public Charge charge(CardInput card, long amountCents, String reference) {
        HttpResponse<JsonNode> resp = http.post("/charges")
                .body(Map.of("amount", amountCents, "currency", "AUD", "reference", reference,
                        "card", Map.of("number", card.number(), "exp_month", card.expMonth(), "exp_year", card.expYear(),
                                "cvc", card.cvc(), "name", card.holderName())))
                .asJson();
        if (!resp.isSuccess()) {
            logger.atWarning().log("charge %s declined (%d) for %s", reference, resp.getStatus(), card);
            throw new IllegalStateException("card declined");
        }
        var body = resp.getBody().getObject();
        return new Charge(body.getString("id"), body.getJSONObject("card").getString("brand"),
                body.getJSONObject("card").getString("last4"), body.getString("status"));
    }
}
