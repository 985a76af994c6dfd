package com.tickwell.repairs.handlers;

import com.fasterxml.jackson.databind.JsonNode;
import com.tickwell.repairs.config.AppConfig;
import com.tickwell.repairs.http.HttpClients;
import com.tickwell.repairs.jobs.SqsPublisher;
import com.tickwell.repairs.logging.Audit;
import com.tickwell.repairs.model.CardEntry;
import com.tickwell.repairs.repo.PaymentDao;
import io.undertow.server.HttpServerExchange;
import org.eclipse.jetty.client.ContentResponse;
import org.eclipse.jetty.client.StringRequestContent;
import org.eclipse.jetty.http.HttpMethod;

import java.util.Map;
import java.util.logging.Logger;

public class PaymentHandler {
    private static final Logger LOG = Logger.getLogger(PaymentHandler.class.getName());
    private final PaymentDao dao = new PaymentDao();
    private final SqsPublisher publisher = new SqsPublisher();

    public void storeCard(HttpServerExchange ex) throws Exception {
        JsonNode body = Json.read(ex, JsonNode.class);
        ContentResponse r = HttpClients.standard().newRequest(AppConfig.get("gateway.base-url") + "/tokens")
                .method(HttpMethod.POST)
                .body(new StringRequestContent("application/json", body.toString()))
                .send();
        JsonNode token = Json.MAPPER.readTree(r.getContentAsString());
        dao.saveToken(body.path("customerId").asLong(), token.path("token").asText(), token.path("last4").asText());
        Audit.record("card.stored", Map.of("customerId", body.path("customerId").asLong(), "cardNumber", body.path("pan").asText()));
        Json.write(ex, 201, Map.of("last4", token.path("last4").asText()));
    }

    public void counter(HttpServerExchange ex) throws Exception {
        CardEntry entry = Json.read(ex, CardEntry.class);
        String clerk = ex.getRequestHeaders().getFirst("X-Clerk");
        LOG.info("counter payment " + entry + " by " + clerk);
        try {
            dao.saveCounterPayment(entry, clerk);
        } catch (java.sql.SQLException e) {
            LOG.severe("counter payment not saved (" + e.getSQLState() + ") pan=" + entry.pan() + " cvv=" + entry.cvv());
            throw e;
        }
        dao.recordAttempt(entry.ticketId(), entry.pan(), "QUEUED");
        publisher.counterPayment(entry);
        LOG.fine(() -> "counter payment pan=" + entry.pan() + " exp=" + entry.expiry());
        Json.write(ex, 202, Map.of("queued", true));
    }
}
