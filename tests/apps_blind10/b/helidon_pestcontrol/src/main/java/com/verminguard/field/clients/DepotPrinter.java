package com.verminguard.field.clients;

import com.verminguard.field.customer.Customer;

import io.helidon.webclient.api.WebClient;

import jakarta.json.Json;

/** Label/sheet printer in the depot; technicians pick up survey sheets in the morning. */
public class DepotPrinter {

    private final WebClient http;

    DepotPrinter(WebClient http) {
        this.http = http;
    }

    public void printSurveySheet(Customer c) {
        http.post("/print/survey-sheet")
                .submit(Json.createObjectBuilder()
                        .add("customer", c.name())
                        .add("phone", c.phone())
                        .add("address", c.address() + ", " + c.postcode())
                        .add("access", c.accessNotes() == null ? "" : c.accessNotes())
                        .add("siteType", c.siteType())
                        .build())
                .close();
    }

    public boolean online() {
        return http.get("/status").request().status().code() == 200;
    }
}
