package com.tickwell.repairs.handlers;

import com.tickwell.repairs.config.AppConfig;
import com.tickwell.repairs.http.HttpClients;
import com.tickwell.repairs.jobs.SqsPublisher;
import com.tickwell.repairs.model.Customer;
import com.tickwell.repairs.repo.CustomerDao;
import com.tickwell.repairs.vendor.KochavaClient;
import io.undertow.server.HttpServerExchange;
import org.eclipse.jetty.client.StringRequestContent;
import org.eclipse.jetty.http.HttpMethod;

import java.util.Map;
import java.util.logging.Logger;

public class RepairHandler {
    private static final Logger LOG = Logger.getLogger(RepairHandler.class.getName());
    private final CustomerDao customers = new CustomerDao();
    private final KochavaClient kochava = new KochavaClient();
    private final SqsPublisher publisher = new SqsPublisher();

    @SuppressWarnings("unchecked")
    public void orderParts(HttpServerExchange ex) throws Exception {
        Map<String, Object> body = Json.read(ex, Map.class);
        Customer c = customers.find(((Number) body.get("customerId")).longValue());
        String order = Json.MAPPER.writeValueAsString(Map.of(
                "calibre", body.get("calibre"), "parts", body.get("parts"),
                "dropShipTo", Map.of("name", c.fullName(), "address", c.address(), "phone", c.phone())));
        HttpClients.standard().newRequest(AppConfig.get("parts.base-url") + "/orders")
                .method(HttpMethod.POST)
                .body(new StringRequestContent("application/json", order))
                .send();
        Json.write(ex, 202, Map.of("ordered", true));
    }

    @SuppressWarnings("unchecked")
    public void insuranceClaim(HttpServerExchange ex) throws Exception {
        Map<String, Object> body = Json.read(ex, Map.class);
        Customer c = customers.find(((Number) body.get("customerId")).longValue());
        String claim = Json.MAPPER.writeValueAsString(Map.of("policyHolder", c.fullName(), "email", c.email(),
                "item", body.get("item"), "valuation", body.get("valuation")));
        HttpClients.insurer().newRequest(AppConfig.get("insurer.base-url") + "/v1/claims")
                .method(HttpMethod.POST)
                .body(new StringRequestContent("application/json", claim))
                .send();
        kochava.estimateAccepted(c.id(), c.fullName(), String.valueOf(body.get("postcode")));
        Json.write(ex, 202, Map.of("submitted", true));
    }

    public void ready(HttpServerExchange ex) throws Exception {
        long ticket = Long.parseLong(ex.getQueryParameters().get("ticket").getFirst());
        long customerId = Long.parseLong(ex.getQueryParameters().get("customer").getFirst());
        publisher.collectionReminder(ticket, customerId);
        HttpClients.standard().newRequest(AppConfig.get("workshop.display-url") + "/ready")
                .method(HttpMethod.POST)
                .body(new StringRequestContent("application/json", "{\"ticket\":" + ticket + "}"))
                .send();
        Customer c = customers.find(customerId);
        HttpClients.standard().newRequest("http://sms.tickwell-relay.example/api/send")
                .method(HttpMethod.POST)
                .body(new StringRequestContent("application/json", Json.MAPPER.writeValueAsString(Map.of(
                        "to", c.phone(), "text", "Hello " + c.fullName() + ", your repair is ready to collect."))))
                .send();
        LOG.info(() -> "ticket " + ticket + " ready for collection");
        Json.write(ex, 200, Map.of("ok", true));
    }

    public void collected(HttpServerExchange ex) throws Exception {
        long customerId = Long.parseLong(ex.getQueryParameters().get("customer").getFirst());
        Customer c = customers.find(customerId);
        kochava.repairCollected(c.id(), c.email(), Integer.parseInt(ex.getQueryParameters().get("value").getFirst()));
        Json.write(ex, 200, Map.of("ok", true));
    }
}
