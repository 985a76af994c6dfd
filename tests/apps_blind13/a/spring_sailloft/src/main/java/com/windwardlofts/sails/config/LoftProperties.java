package com.windwardlofts.sails.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties(prefix = "loft")
public record LoftProperties(Gateway gateway, Rigger rigger, MeasuringVan measuringVan, Emarsys emarsys, Honeycomb honeycomb) {
    public record Gateway(String baseUrl, String apiKey) {}
    public record Rigger(String baseUrl, boolean trustAll) {}
    public record MeasuringVan(String baseUrl) {}
    public record Emarsys(String baseUrl, String user, String secret) {}
    public record Honeycomb(String dataset, String apiKey) {}
}
