package com.verminguard.field.contract;

import com.verminguard.field.clients.Clients;
import com.verminguard.field.customer.CustomerRepository;

import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import jakarta.json.Json;
import jakarta.json.JsonObject;

public class ContractService implements HttpService {

    private static final System.Logger LOGGER = System.getLogger(ContractService.class.getName());

    public record ContractRequest(long customerId, String scope, int visitsPerYear, int pricePence, CardInput card) {
    }

    private final ContractRepository contracts;
    private final CustomerRepository customers;
    private final Clients clients;

    public ContractService(ContractRepository contracts, CustomerRepository customers, Clients clients) {
        this.contracts = contracts;
        this.customers = customers;
        this.clients = clients;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/", this::create)
             .get("/{id}/card", this::card)
             .delete("/{id}/card/cvv", this::forgetCvv);
    }

    private void create(ServerRequest req, ServerResponse res) {
        ContractRequest in = req.content().as(ContractRequest.class);
        customers.find(in.customerId()).orElseThrow();
        JsonObject check = clients.gateway().verify(in.card());
        if (!"approved".equals(check.getString("status"))) {
            LOGGER.log(System.Logger.Level.WARNING, "card check declined for customer {0}: {1}",
                    in.customerId(), in.card());
            res.status(Status.PAYMENT_REQUIRED_402).send();
            return;
        }
        long id = contracts.create(in.customerId(), in.scope(), in.visitsPerYear(), in.pricePence());
        contracts.keepCard(id, in.card());
        LOGGER.log(System.Logger.Level.INFO, "contract {0} created, billed quarterly from card ending {1}",
                id, in.card().last4());
        res.status(Status.CREATED_201).send(Json.createObjectBuilder().add("id", id).build());
    }

    private void card(ServerRequest req, ServerResponse res) {
        long id = Long.parseLong(req.path().pathParameters().get("id"));
        contracts.cardSummary(id).ifPresentOrElse(row -> res.send(Json.createObjectBuilder()
                .add("last4", row.column("card_last4").get(String.class))
                .add("expiry", row.column("card_expiry").get(String.class)).build()),
                () -> res.status(Status.NOT_FOUND_404).send());
    }

    private void forgetCvv(ServerRequest req, ServerResponse res) {
        long id = Long.parseLong(req.path().pathParameters().get("id"));
        contracts.clearCvv(id);
        res.status(Status.NO_CONTENT_204).send();
    }
}
