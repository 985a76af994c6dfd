package com.sunridge.solar.web;

import static io.javalin.apibuilder.ApiBuilder.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.flogger.FluentLogger;
import com.sunridge.solar.repo.DepositRepository;
import io.javalin.http.Context;

public class GatewayWebhook {
    private static final FluentLogger logger = FluentLogger.forEnclosingClass();
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final DepositRepository deposits;

    public GatewayWebhook(DepositRepository deposits) {
        this.deposits = deposits;
    }

    public void routes() {
        post("webhooks/ecopay", this::handle);
    }

    void handle(Context ctx) throws Exception {
        JsonNode event = MAPPER.readTree(ctx.body());
        String type = event.path("type").asText();
        JsonNode data = event.path("data");
        switch (type) {
            case "charge.dispute.created" -> {
                deposits.markDisputed(data.path("charge").asText());
                logger.atWarning().log("dispute on charge %s, reason %s, card %s", data.path("charge").asText(),
                        data.path("reason").asText(), data.path("payment_method_details").path("card").path("last4").asText());
            }
            case "charge.failed" -> logger.atWarning().log("charge failed: %s", data.path("source"));
            default -> logger.atFine().log("ignored event %s %s", type, event.path("id").asText());
        }
        ctx.status(200);
    }
}
