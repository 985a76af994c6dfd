package com.northwind.invoicing.integration;

import java.math.BigDecimal;
import java.util.Map;
import lombok.extern.slf4j.Slf4j;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestTemplate;

@Slf4j
@Component
public class PspClient {

    public static class DeclinedException extends RuntimeException {
        public DeclinedException(String message) {
            super(message);
        }
    }

    private final RestTemplate rest;
    private final String baseUrl;

    public PspClient(RestTemplate rest, @Value("${psp.base-url:https://api.psp.example.com}") String baseUrl) {
        this.rest = rest;
        this.baseUrl = baseUrl;
    }

    public String tokenize(String pan, String cvc, int expMonth, int expYear) {
        Map<String, Object> body = Map.of("pan", pan, "cvc", cvc, "exp_month", expMonth, "exp_year", expYear);
        try {
            Map<?, ?> res = rest.postForObject(baseUrl + "/v1/tokens", body, Map.class);
            return (String) res.get("token");
        } catch (HttpClientErrorException e) {
            log.warn("Tokenization rejected with status {}", e.getStatusCode());
            throw new DeclinedException(e.getStatusText());
        }
    }

    public void capture(String token, BigDecimal amount, String currency) {
        rest.postForObject(baseUrl + "/v1/captures", Map.of("token", token, "amount", amount, "currency", currency), Map.class);
        log.debug("Captured {} {} with token {}", amount, currency, token.substring(0, 6) + "…");
    }
}
