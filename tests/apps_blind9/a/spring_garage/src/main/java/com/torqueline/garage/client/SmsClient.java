package com.torqueline.garage.client;

import java.util.Map;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestTemplate;

@Component
public class SmsClient {
    private final RestTemplate rest;
    private final String baseUrl;
    private final String apiKey;

    public SmsClient(@Qualifier("lenient") RestTemplate rest,
                     @Value("${torqueline.sms.base-url}") String baseUrl,
                     @Value("${torqueline.sms.api-key}") String apiKey) {
        this.rest = rest;
        this.baseUrl = baseUrl;
        this.apiKey = apiKey;
    }

    public void send(String toPhone, String text) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(apiKey);
        rest.postForEntity(baseUrl + "/messages", new HttpEntity<>(Map.of("to", toPhone, "body", text), headers), Void.class);
    }
}
