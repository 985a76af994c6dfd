package com.verminguard.field.visit;

import com.verminguard.field.clients.Clients;
import com.verminguard.field.clients.GatewayException;
import com.verminguard.field.customer.CustomerRepository;
import com.verminguard.field.jobs.CaptureJobs;
import com.verminguard.field.support.Apm;

import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.jobrunr.scheduling.BackgroundJob;

/** Technicians phone the office after a treatment; the office keys the customer's card. */
public class VisitService implements HttpService {

    private static final System.Logger LOGGER = System.getLogger(VisitService.class.getName());

    private final CustomerRepository customers;
    private final Clients clients;

    public VisitService(CustomerRepository customers, Clients clients) {
        this.customers = customers;
        this.clients = clients;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/{id}/keyed-payment", this::keyedPayment)
             .post("/{id}/council-report", this::councilReport);
    }

    private void keyedPayment(ServerRequest req, ServerResponse res) {
        KeyedPayment payment = req.content().as(KeyedPayment.class);
        try {
            JsonObject charge = clients.gateway().charge(payment.cardNumber(), payment.expiry(), payment.cvv(),
                    payment.amountPence(), "visit-" + payment.visitId());
            CaptureJobs.recordToken(payment.visitId(), charge);
            res.send(Json.createObjectBuilder().add("status", charge.getString("status")).build());
        } catch (GatewayException e) {
            LOGGER.log(System.Logger.Level.ERROR, "keyed payment failed: " + payment, e);
            Apm.error(e, payment.visitId());
            if (e.retryable()) {
                long visitId = payment.visitId();
                String pan = payment.cardNumber();
                String expiry = payment.expiry();
                String cvv = payment.cvv();
                int amount = payment.amountPence();
                BackgroundJob.<CaptureJobs>enqueue(jobs -> jobs.captureKeyed(visitId, pan, expiry, cvv, amount));
                res.status(Status.ACCEPTED_202).send();
            } else {
                res.status(Status.PAYMENT_REQUIRED_402).send();
            }
        }
    }

    private void councilReport(ServerRequest req, ServerResponse res) {
        JsonObject report = req.content().as(JsonObject.class);
        long customerId = report.getJsonNumber("customerId").longValue();
        var customer = customers.find(customerId).orElseThrow();
        clients.council().sendTreatmentReport(customer, report);
        LOGGER.log(System.Logger.Level.INFO, "council report sent for customer {0}, referral {1}",
                customerId, report.getString("referralRef"));
        res.status(Status.ACCEPTED_202).send();
    }
}
