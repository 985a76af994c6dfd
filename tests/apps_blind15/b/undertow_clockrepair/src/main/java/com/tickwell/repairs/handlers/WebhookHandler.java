package com.tickwell.repairs.handlers;

import com.fasterxml.jackson.databind.JsonNode;
import io.undertow.server.HttpServerExchange;

import java.util.Map;
import java.util.logging.Logger;

public class WebhookHandler {
    private static final Logger LOG = Logger.getLogger(WebhookHandler.class.getName());

    public void gateway(HttpServerExchange ex) throws Exception {
        JsonNode event = Json.read(ex, JsonNode.class);
        switch (event.path("type").asText()) {
            case "charge.refunded" -> LOG.info("refund " + event.path("id").asText() + " amount " + event.path("amount").asInt());
            case "charge.disputed" -> LOG.warning("dispute raised: " + event);
            default -> LOG.fine(() -> "ignored gateway event " + event.path("type").asText());
        }
        Json.write(ex, 200, Map.of("received", true));
    }
}
