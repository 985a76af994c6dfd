package com.vermex.pest.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties(prefix = "vermex")
public record VermexProperties(Gateway gateway, Endpoint fieldpro, Endpoint baitbox, Council council, Intercom intercom) {

    public record Gateway(String baseUrl, String apiKey) {}

    public record Endpoint(String baseUrl) {}

    public record Council(String baseUrl, boolean trustAll) {}

    public record Intercom(String baseUrl, String token) {}
}
