package com.tickwell.repairs.vendor;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.tickwell.repairs.config.AppConfig;
import com.tickwell.repairs.http.HttpClients;
import org.eclipse.jetty.client.StringRequestContent;
import org.eclipse.jetty.http.HttpMethod;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;

public class KochavaClient {
    private static final ObjectMapper JSON = new ObjectMapper();

    public void repairCollected(long customerId, String email, int valuePence) throws Exception {
        Map<String, Object> event = Map.of(
                "action", "event",
                "kochava_app_id", AppConfig.get("kochava.app-id"),
                "data", Map.of(
                        "event_name", "repair_collected",
                        "device_ids", Map.of("custom_id", "cust-" + customerId),
                        "event_data", Map.of("email_sha256", sha256(email.trim().toLowerCase()), "value", valuePence / 100.0)));
        send(event);
    }

    public void estimateAccepted(long customerId, String customerName, String postcode) throws Exception {
        Map<String, Object> event = Map.of(
                "action", "event",
                "kochava_app_id", AppConfig.get("kochava.app-id"),
                "data", Map.of(
                        "event_name", "estimate_accepted",
                        "device_ids", Map.of("custom_id", "cust-" + customerId),
                        "event_data", Map.of("name", customerName, "postcode", postcode)));
        send(event);
    }

    private void send(Map<String, Object> event) throws Exception {
        HttpClients.standard().newRequest(AppConfig.get("kochava.url"))
                .method(HttpMethod.POST)
                .body(new StringRequestContent("application/json", JSON.writeValueAsString(event)))
                .send();
    }

    private static String sha256(String v) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(v.getBytes(StandardCharsets.UTF_8)));
    }
}
