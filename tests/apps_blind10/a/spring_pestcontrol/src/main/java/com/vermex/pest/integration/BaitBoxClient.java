package com.vermex.pest.integration;

import java.time.Instant;
import java.util.Map;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;

/** Pulls trigger counts from the smart bait boxes' vendor cloud (device ids only). */
@Component
public class BaitBoxClient {

    private final WebClient web;

    public BaitBoxClient(@Qualifier("baitBoxWebClient") WebClient web) {
        this.web = web;
    }

    public Map<?, ?> triggers(String deviceId, Instant since) {
        return web.get().uri(b -> b.path("/devices/{id}/triggers").queryParam("since", since).build(deviceId))
                .retrieve().bodyToMono(Map.class).block();
    }
}
