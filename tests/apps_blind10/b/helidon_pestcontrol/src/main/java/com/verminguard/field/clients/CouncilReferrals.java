package com.verminguard.field.clients;

import com.verminguard.field.customer.Customer;

import io.helidon.webclient.api.WebClient;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/** Eastmere Council housing: treatment reports for referred council tenants. */
public class CouncilReferrals {

    private final WebClient http;

    CouncilReferrals(WebClient http) {
        this.http = http;
    }

    public void sendTreatmentReport(Customer tenant, JsonObject report) {
        JsonObject body = Json.createObjectBuilder()
                .add("referral", report.getString("referralRef"))
                .add("tenant", Json.createObjectBuilder()
                        .add("name", tenant.name())
                        .add("phone", tenant.phone())
                        .add("address", tenant.address())
                        .add("postcode", tenant.postcode()))
                .add("pest", report.getString("pest"))
                .add("treatment", report.getString("treatment"))
                .add("followUpDays", report.getInt("followUpDays", 14))
                .build();
        http.post("/treatment-reports").submit(body).close();
    }
}
