package com.tickwell.repairs.handlers;

import com.tickwell.repairs.logging.Audit;
import com.tickwell.repairs.model.Customer;
import com.tickwell.repairs.repo.CustomerDao;
import com.tickwell.repairs.vendor.TeamleaderClient;
import io.undertow.server.HttpServerExchange;

import java.util.Map;
import java.util.logging.Logger;

public class CustomerHandler {
    private static final Logger LOG = Logger.getLogger(CustomerHandler.class.getName());
    private final CustomerDao dao = new CustomerDao();
    private final TeamleaderClient teamleader = new TeamleaderClient();

    public void create(HttpServerExchange ex) throws Exception {
        Customer in = Json.read(ex, Customer.class);
        LOG.fine("booking-in customer " + in);
        if (in.email() == null || !in.email().contains("@")) {
            throw new IllegalArgumentException("invalid email address: " + in.email());
        }
        long id = dao.insert(in);
        Audit.record("customer.created", Map.of("customerId", id, "email", in.email()));
        String tl = teamleader.addContact(new Customer(id, in.fullName(), in.email(), in.phone(), in.address()));
        dao.linkTeamleader(id, tl);
        LOG.info(() -> "customer " + id + " linked to teamleader " + tl);
        Json.write(ex, 201, Map.of("id", id));
    }

    public void get(HttpServerExchange ex) throws Exception {
        long id = Long.parseLong(ex.getQueryParameters().get("id").getFirst());
        Customer c = dao.find(id);
        if (c == null) {
            Json.write(ex, 404, Map.of("error", "not found"));
            return;
        }
        LOG.info(String.format("customer lookup %d by %s from %s", id, c.email(), ex.getSourceAddress()));
        Json.write(ex, 200, c);
    }
}
