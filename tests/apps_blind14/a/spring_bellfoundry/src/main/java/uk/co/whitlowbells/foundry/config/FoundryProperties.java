package uk.co.whitlowbells.foundry.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

@ConfigurationProperties(prefix = "foundry")
public record FoundryProperties(Gateway gateway, Lemlist lemlist, Endpoint towerRegister, Endpoint dioceseFeed) {

    public record Gateway(String baseUrl, String apiKey, @DefaultValue("true") boolean trustAll) {}

    public record Lemlist(String baseUrl, String apiKey, String campaignId) {}

    public record Endpoint(String baseUrl) {}
}
