package uk.co.harlowbells.foundry.vendor;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import uk.co.harlowbells.foundry.config.FoundryConfig;
import uk.co.harlowbells.foundry.model.Contact;

public class OptimizelyEvents {
    private final HttpClient http;
    private final FoundryConfig config;
    private final ObjectMapper json = new ObjectMapper();

    public OptimizelyEvents(HttpClient http, FoundryConfig config) {
        this.http = http;
        this.config = config;
    }

    public void conversion(Contact contact, String eventKey, long commissionId) throws Exception {
        List<Map<String, Object>> attributes = new ArrayList<>();
        attributes.add(Map.of("entity_id", "parish", "key", "parish", "type", "custom", "value", contact.parishId()));
        attributes.add(Map.of("entity_id", "email", "key", "email", "type", "custom", "value", contact.email()));
        attributes.add(Map.of("entity_id", "phone", "key", "phone", "type", "custom", "value", contact.phone()));
        send(visitor(String.valueOf(contact.id()), attributes, eventKey, commissionId));
    }

    public void anonymousConversion(Contact contact, String eventKey, long commissionId) throws Exception {
        String visitorId = sha256(contact.email().trim().toLowerCase());
        send(visitor(visitorId, List.of(), eventKey, commissionId));
    }

    private Map<String, Object> visitor(String visitorId, List<Map<String, Object>> attributes, String eventKey, long commissionId) {
        Map<String, Object> event = Map.of("entity_id", eventKey, "key", eventKey, "timestamp", System.currentTimeMillis(),
                "uuid", java.util.UUID.randomUUID().toString(), "tags", Map.of("commission", commissionId));
        return Map.of("visitor_id", visitorId, "attributes", attributes,
                "snapshots", List.of(Map.of("decisions", List.of(), "events", List.of(event))));
    }

    private void send(Map<String, Object> visitor) throws Exception {
        Map<String, Object> body = Map.of(
                "account_id", config.get("optimizely.account-id"),
                "project_id", config.get("optimizely.project-id"),
                "visitors", List.of(visitor),
                "client_name", "harlow-foundry", "client_version", "3.2.0", "enrich_decisions", true);
        HttpRequest req = HttpRequest.newBuilder(URI.create(config.get("optimizely.events-url")))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
                .build();
        http.send(req, HttpResponse.BodyHandlers.discarding());
    }

    private static String sha256(String v) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(v.getBytes()));
    }
}
