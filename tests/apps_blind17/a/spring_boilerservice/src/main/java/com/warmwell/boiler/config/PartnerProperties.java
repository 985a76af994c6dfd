package com.warmwell.boiler.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties(prefix = "boiler.partners")
public record PartnerProperties(Keap keap, Axiom axiom, GasRegister gasRegister, Acquirer acquirer) {
    public record Keap(String baseUrl, String token) {}
    public record Axiom(String baseUrl, String dataset, String token) {}
    public record GasRegister(String baseUrl) {}
    public record Acquirer(String baseUrl, boolean verifyTls) {}
}
