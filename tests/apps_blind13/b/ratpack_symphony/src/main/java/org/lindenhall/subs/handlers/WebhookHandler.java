package org.lindenhall.subs.handlers;

import com.fasterxml.jackson.databind.JsonNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ratpack.handling.Context;
import ratpack.handling.Handler;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import static ratpack.jackson.Jackson.fromJson;

public class WebhookHandler implements Handler {
    private static final Logger log = LoggerFactory.getLogger(WebhookHandler.class);

    @Override
    public void handle(Context ctx) {
        String signature = ctx.getRequest().getHeaders().get("X-Crescendo-Signature");
        ctx.getRequest().getBody().then(body -> {
            String raw = body.getText();
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(System.getenv("CRESCENDO_WEBHOOK_SECRET").getBytes(StandardCharsets.UTF_8),
                    "HmacSHA256"));
            String expected = HexFormat.of().formatHex(mac.doFinal(raw.getBytes(StandardCharsets.UTF_8)));
            if (!expected.equals(signature)) {
                log.warn("bad webhook signature, body={}", raw);
                ctx.getResponse().status(401).send();
                return;
            }
            JsonNode event = new com.fasterxml.jackson.databind.ObjectMapper().readTree(raw);
            log.info("crescendo webhook type={} charge={}", event.path("type").asText(), event.path("charge_id").asText());
            ctx.getResponse().status(204).send();
        });
    }
}
