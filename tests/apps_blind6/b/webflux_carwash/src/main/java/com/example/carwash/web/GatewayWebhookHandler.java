package com.example.carwash.web;

import com.example.carwash.domain.WalletCard;
import com.example.carwash.repo.Repositories.WalletCardRepository;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

@Component
public class GatewayWebhookHandler {
    private static final Logger LOG = LogManager.getLogger(GatewayWebhookHandler.class);

    private final WalletCardRepository cards;
    private final byte[] secret;

    public GatewayWebhookHandler(WalletCardRepository cards, @Value("${carwash.webhook-secret:}") String secret) {
        this.cards = cards;
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    public Mono<ServerResponse> handle(ServerRequest request) {
        String signature = request.headers().firstHeader("X-Suds-Signature");
        return request.bodyToMono(String.class).flatMap(raw -> {
            if (!valid(raw, signature)) {
                LOG.warn("webhook rejected: bad signature from {}", request.remoteAddress().orElse(null));
                return ServerResponse.status(HttpStatus.UNAUTHORIZED).build();
            }
            Map<String, Object> event = Json.parse(raw);
            String type = (String) event.get("type");
            LOG.info("webhook {} type={}", event.get("id"), type);
            if ("payment_method.updated".equals(type)) {
                @SuppressWarnings("unchecked")
                Map<String, Object> pm = (Map<String, Object>) event.get("data");
                WalletCard updated = new WalletCard(null, ((Number) pm.get("member_id")).longValue(),
                        (String) pm.get("id"), (String) pm.get("brand"), (String) pm.get("last4"), (String) pm.get("expiry"));
                return cards.save(updated)
                        .doOnNext(c -> LOG.info("wallet card {} refreshed brand={} last4={}", c.id(), c.brand(), c.last4()))
                        .then(ServerResponse.ok().build());
            }
            return ServerResponse.accepted().build();
        });
    }

    private boolean valid(String raw, String signature) {
        if (signature == null) {
            return false;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            String expected = HexFormat.of().formatHex(mac.doFinal(raw.getBytes(StandardCharsets.UTF_8)));
            return expected.equalsIgnoreCase(signature);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            LOG.error("cannot verify webhook signature", e);
            return false;
        }
    }

    /** Minimal JSON bridge kept here to avoid an ObjectMapper bean in the handler tests. */
    static final class Json {
        private static final com.fasterxml.jackson.databind.ObjectMapper MAPPER = new com.fasterxml.jackson.databind.ObjectMapper();

        @SuppressWarnings("unchecked")
        static Map<String, Object> parse(String raw) {
            try {
                return MAPPER.readValue(raw, Map.class);
            } catch (java.io.IOException e) {
                throw new IllegalArgumentException("malformed webhook body", e);
            }
        }
    }
}
