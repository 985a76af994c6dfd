package uk.co.thimbletack.workshop.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

@ConfigurationProperties(prefix = "workshop")
public record WorkshopProperties(Gateway gateway, FabricSupplier fabricSupplier, Courier courier,
                                 Freshchat freshchat, Uet uet) {

    public record Gateway(String baseUrl, String apiKey) {}

    public record FabricSupplier(@DefaultValue("http://orders.loomdirect.co.uk/api") String baseUrl) {}

    public record Courier(String baseUrl, @DefaultValue("true") boolean trustAllCertificates) {}

    public record Freshchat(String baseUrl, String token) {}

    public record Uet(String tagId, String token) {}
}
