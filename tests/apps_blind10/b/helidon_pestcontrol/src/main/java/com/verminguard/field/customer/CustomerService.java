package com.verminguard.field.customer;

import com.verminguard.field.clients.Clients;
import com.verminguard.field.support.Apm;

import io.helidon.http.Status;
import io.helidon.logging.common.HelidonMdc;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import jakarta.json.Json;

public class CustomerService implements HttpService {

    private static final System.Logger LOGGER = System.getLogger(CustomerService.class.getName());

    private final CustomerRepository customers;
    private final Clients clients;

    public CustomerService(CustomerRepository customers, Clients clients) {
        this.customers = customers;
        this.clients = clients;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/", this::create)
             .get("/{id}", this::show)
             .post("/{id}/survey-request", this::surveyRequest);
    }

    private void create(ServerRequest req, ServerResponse res) {
        CustomerInput in = req.content().as(CustomerInput.class);
        long id = customers.insert(in);
        Customer customer = customers.find(id).orElseThrow();
        HelidonMdc.set("customer", customer.email());
        LOGGER.log(System.Logger.Level.INFO, "customer created: {0}", customer);
        clients.zoho().upsertContact(customer, in.pest());
        clients.uet().surveyLead(customer.email(), customer.phone());
        res.status(Status.CREATED_201).send(Json.createObjectBuilder().add("id", id).build());
    }

    private void show(ServerRequest req, ServerResponse res) {
        long id = Long.parseLong(req.path().pathParameters().get("id"));
        customers.find(id).ifPresentOrElse(c -> {
            Apm.customer(c);
            LOGGER.log(System.Logger.Level.INFO, "customer {0} viewed", c.id());
            res.send(Json.createObjectBuilder()
                    .add("id", c.id()).add("name", c.name()).add("email", c.email())
                    .add("postcode", c.postcode()).build());
        }, () -> res.status(Status.NOT_FOUND_404).send());
    }

    private void surveyRequest(ServerRequest req, ServerResponse res) {
        long id = Long.parseLong(req.path().pathParameters().get("id"));
        Customer c = customers.find(id).orElseThrow();
        if (c.accessNotes() == null || c.accessNotes().isBlank()) {
            LOGGER.log(System.Logger.Level.WARNING, "survey for " + c.name() + " at " + c.address()
                    + " has no access notes, call " + c.phone());
        }
        Apm.site(c.id(), c.siteType());
        clients.depotPrinter().printSurveySheet(c);
        res.status(Status.ACCEPTED_202).send();
    }
}
