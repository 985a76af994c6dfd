package net.mobilo.billing.client;

import net.mobilo.billing.model.Subscriber;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestTemplate;

import java.util.List;
import java.util.Map;

@Component
public class BrazeClient {

    private final RestTemplate rest;
    private final String baseUrl;
    private final String apiKey;

    public BrazeClient(RestTemplate rest, @Value("${mobilo.braze.url}") String baseUrl,
                       @Value("${mobilo.braze.api-key}") String apiKey) {
        this.rest = rest;
        this.baseUrl = baseUrl;
        this.apiKey = apiKey;
    }

    public void syncProfile(Subscriber s) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(apiKey);
        Map<String, Object> attributes = Map.of(
                "external_id", s.getId().toString(),
                "email", s.getEmail(),
                "phone", s.getMsisdn(),
                "first_name", s.getFullName().split(" ")[0],
                "dob", s.getDateOfBirth().toString());
        rest.postForEntity(baseUrl + "/users/track",
                new HttpEntity<>(Map.of("attributes", List.of(attributes)), headers), String.class);
    }

    public void trackTopUp(long subscriberId, int amountCents) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(apiKey);
        Map<String, Object> event = Map.of("external_id", Long.toString(subscriberId), "name", "top_up",
                "properties", Map.of("amount_cents", amountCents));
        rest.postForEntity(baseUrl + "/users/track", new HttpEntity<>(Map.of("events", List.of(event)), headers), String.class);
    }
}
