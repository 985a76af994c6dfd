package com.claywheel.studio.web;

import static spark.Spark.post;

import com.claywheel.studio.Config;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tinylog.Logger;

public class WebhookRoutes {
    private final JdbcClient jdbc;

    public WebhookRoutes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static boolean valid(String body, String signature) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Config.WEBHOOK_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        return signature != null && MessageDigest.isEqual(expected.getBytes(), signature.getBytes());
    }

    public void register() {
        post("/webhooks/tillflow", (req, res) -> {
            if (!valid(req.body(), req.headers("X-TillFlow-Signature"))) {
                Logger.warn("webhook with a bad signature from {}", req.ip());
                res.status(401);
                return "";
            }
            JsonObject event = JsonParser.parseString(req.body()).getAsJsonObject();
            String type = event.get("type").getAsString();
            JsonObject data = event.getAsJsonObject("data");
            Logger.info("tillflow {} {}", type, data.get("id").getAsString());
            switch (type) {
                case "charge.refunded" -> jdbc.sql("DELETE FROM course_bookings WHERE payment_id = ?")
                        .param(data.get("id").getAsString()).update();
                case "charge.disputed" -> Logger.warn("dispute received: {}", data);
                default -> { }
            }
            return "{\"received\":true}";
        });
    }
}
