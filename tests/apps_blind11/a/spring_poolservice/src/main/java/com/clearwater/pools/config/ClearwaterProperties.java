package com.clearwater.pools.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties(prefix = "clearwater")
public record ClearwaterProperties(Endpoint marketo, Endpoint mparticle, Endpoint chlorinePartner, Endpoint poolpay, Endpoint sensorHub) {
    public record Endpoint(String baseUrl, String clientId, boolean trustAll) {}
}
