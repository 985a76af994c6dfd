package com.sunridge.solar.web;

import static io.javalin.apibuilder.ApiBuilder.path;
import static io.javalin.apibuilder.ApiBuilder.post;

import com.google.common.flogger.FluentLogger;
import com.sunridge.solar.model.Customer;
import com.sunridge.solar.repo.CustomerRepository;
import com.sunridge.solar.service.FinancePartnerClient;
import com.sunridge.solar.service.InverterPortalClient;
import com.sunridge.solar.service.ZendeskSync;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.LocalDate;
import java.util.Map;

public class QuoteController {
    private static final FluentLogger logger = FluentLogger.forEnclosingClass();

    public record QuoteRequest(String fullName, String email, String phone, String installAddress, LocalDate dateOfBirth,
                               int panelCount, String panelModel, Short roofAzimuth, double systemKw, long priceCents) {}

    public record FinanceRequest(long customerId, String taxFileNumber, long annualIncomeCents, long loanCents) {}

    private final CustomerRepository customers;
    private final ZendeskSync zendesk;
    private final InverterPortalClient inverterPortal;
    private final FinancePartnerClient finance;

    public QuoteController(CustomerRepository customers, ZendeskSync zendesk, InverterPortalClient inverterPortal,
                           FinancePartnerClient finance) {
        this.customers = customers;
        this.zendesk = zendesk;
        this.inverterPortal = inverterPortal;
        this.finance = finance;
    }

    public void routes() {
        path("api/quotes", () -> {
            post(this::create);
            post("{id}/finance", this::finance);
            post("{id}/commission", this::commission);
        });
    }

    void create(Context ctx) {
        QuoteRequest req = ctx.bodyAsClass(QuoteRequest.class);
        logger.atInfo().log("quote request from %s <%s>, %s", req.fullName(), req.email(), req.installAddress());
        long customerId = customers.insert(req.fullName(), req.email(), req.phone(), req.installAddress(), req.dateOfBirth());
        long quoteId = customers.insertQuote(customerId, req.panelCount(), req.panelModel(), req.roofAzimuth(),
                req.systemKw(), req.priceCents());
        Customer customer = customers.find(customerId).orElseThrow();
        long requester = zendesk.upsertRequester(customer);
        logger.atInfo().log("quote %d created for customer %d (zendesk %d)", quoteId, customerId, requester);
        ctx.status(HttpStatus.CREATED).json(Map.of("quoteId", quoteId, "customerId", customerId));
    }

    void finance(Context ctx) {
        FinanceRequest req = ctx.bodyAsClass(FinanceRequest.class);
        Customer c = customers.find(req.customerId()).orElseThrow();
        String decision = finance.prequalify(c, req.taxFileNumber(), req.annualIncomeCents(), req.loanCents());
        ctx.json(Map.of("decision", decision));
    }

    void commission(Context ctx) {
        long quoteId = Long.parseLong(ctx.pathParam("id"));
        long customerId = Long.parseLong(ctx.queryParam("customer"));
        String serial = ctx.formParam("inverterSerial");
        Customer c = customers.find(customerId).orElseThrow();
        inverterPortal.registerSite(c, quoteId, serial);
        logger.atInfo().log("quote %d commissioned, inverter %s, panel tilt/pan check done by %s", quoteId, serial, ctx.header("X-Installer"));
        ctx.status(HttpStatus.NO_CONTENT);
    }
}
