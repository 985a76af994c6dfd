package com.vermex.pest.payment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;

@Component
public class GatewayClient {

    private static final Logger log = LogManager.getLogger(GatewayClient.class);

    private final WebClient web;
    private final ObjectMapper mapper;

    public GatewayClient(@Qualifier("gatewayWebClient") WebClient web, ObjectMapper mapper) {
        this.web = web;
        this.mapper = mapper;
    }

    public String vault(CardDetails card) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("number", card.number());
        body.put("exp", card.expiry());
        body.put("cvc", card.cvv());
        body.put("name", card.holder());
        Map<?, ?> res = web.post().uri("/vault").bodyValue(body).retrieve().bodyToMono(Map.class).block();
        log.info("vaulted {}", card);
        return (String) res.get("token");
    }

    public String charge(String token, BigDecimal amount, String reference) {
        Map<?, ?> res = web.post().uri("/charges")
                .bodyValue(Map.of("source", token, "amount", amount, "currency", "GBP", "reference", reference))
                .retrieve().bodyToMono(Map.class).block();
        return (String) res.get("status");
    }

    public String describe(CardDetails card) throws JsonProcessingException {
        return mapper.writeValueAsString(card);
    }
}
