package com.verminguard.field.clients;

import io.helidon.webclient.api.WebClient;

import jakarta.json.JsonArray;

/** LoRa gateway for the smart bait stations (station code, take percentage, battery). */
public class BaitTelemetry {

    private final WebClient http;

    BaitTelemetry(WebClient http) {
        this.http = http;
    }

    public JsonArray readings(long siteId) {
        return http.get("/sites/" + siteId + "/stations").requestEntity(JsonArray.class);
    }
}
