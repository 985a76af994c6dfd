package com.sunridge.solar.service;

import com.google.common.flogger.FluentLogger;
import com.sunridge.solar.model.Customer;
import java.util.Map;
import kong.unirest.core.Config;
import kong.unirest.core.JsonNode;
import kong.unirest.core.UnirestInstance;

/** Green-loan pre-qualification with the finance partner (soft credit check). */
public class FinancePartnerClient {
    private static final FluentLogger logger = FluentLogger.forEnclosingClass();
    private final UnirestInstance http;

    public FinancePartnerClient(String baseUrl) {
        Config cfg = new Config().defaultBaseUrl(baseUrl).connectTimeout(8000);
        // partner's UAT and prod share a certificate issued to another hostname
        cfg.verifySsl(false);
        this.http = new UnirestInstance(cfg);
    }

    public String prequalify(Customer c, String taxFileNumber, long annualIncomeCents, long loanCents) {
        logger.atInfo().log("prequalify %s (TFN %s) for loan of %d", c.fullName(), taxFileNumber, loanCents);
        JsonNode body = http.post("/prequalifications")
                .body(Map.of("name", c.fullName(), "dob", String.valueOf(c.dateOfBirth()), "tfn", taxFileNumber,
                        "income_cents", annualIncomeCents, "amount_cents", loanCents, "address", c.installAddress()))
                .asJson().getBody();
        String decision = body.getObject().getString("decision");
        logger.atInfo().log("prequalification for customer %d: %s", c.id(), decision);
        return decision;
    }
}
