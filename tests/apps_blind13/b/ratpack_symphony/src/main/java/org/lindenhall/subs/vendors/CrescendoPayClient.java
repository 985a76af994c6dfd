package org.lindenhall.subs.vendors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.inject.Inject;
import com.google.inject.name.Named;
import io.netty.handler.ssl.SslContext;
import org.lindenhall.subs.config.AppConfig;
import org.lindenhall.subs.model.CardForm;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ratpack.exec.Promise;
import ratpack.http.client.HttpClient;

import java.net.URI;

public class CrescendoPayClient {
    private static final Logger log = LoggerFactory.getLogger(CrescendoPayClient.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final SslContext ssl;
    private final String baseUrl;

    @Inject
    public CrescendoPayClient(HttpClient http, @Named("crescendoSsl") SslContext ssl, AppConfig config) {
        this.http = http;
        this.ssl = ssl;
        this.baseUrl = config.crescendo.baseUrl;
    }

    public Promise<JsonNode> tokenise(CardForm form) {
        ObjectNode body = JSON.createObjectNode();
        body.put("pan", form.cardNumber);
        body.put("expiry", form.expiry);
        body.put("cvc", form.cvc);
        body.put("holder", form.cardholder);
        log.debug("crescendo tokenise body={}", body);
        return http.post(URI.create(baseUrl + "/tokens"), spec -> spec
                        .sslContext(ssl)
                        .headers(h -> h.set("Authorization", "Bearer " + System.getenv("CRESCENDO_KEY")))
                        .body(b -> b.type("application/json").text(body.toString())))
                .map(resp -> JSON.readTree(resp.getBody().getText()));
    }

    public Promise<JsonNode> charge(String token, int pence) {
        ObjectNode body = JSON.createObjectNode().put("token", token).put("amount", pence).put("currency", "GBP");
        log.info("crescendo charge token={} amount={}", token, pence);
        return http.post(URI.create(baseUrl + "/charges"), spec -> spec
                        .sslContext(ssl)
                        .headers(h -> h.set("Authorization", "Bearer " + System.getenv("CRESCENDO_KEY")))
                        .body(b -> b.type("application/json").text(body.toString())))
                .map(resp -> JSON.readTree(resp.getBody().getText()));
    }
}
