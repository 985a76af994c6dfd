package com.verminguard.field.clients;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;

import io.helidon.http.HeaderNames;
import io.helidon.webclient.api.WebClient;

import jakarta.json.Json;

/** Microsoft Advertising UET Conversions API: survey leads from search ads, identifiers hashed. */
public class UetConversions {

    private final WebClient http;
    private final String tagId;
    private final String token;

    UetConversions(WebClient http, String tagId, String token) {
        this.http = http;
        this.tagId = tagId;
        this.token = token;
    }

    static String sha256(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(value.trim().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public void surveyLead(String email, String phone) {
        var userData = Json.createObjectBuilder().add("em", sha256(email));
        if (phone != null) {
            userData.add("ph", sha256(phone.replaceAll("[^0-9+]", "")));
        }
        http.post("/" + tagId + "/events")
                .header(HeaderNames.AUTHORIZATION, "Bearer " + token)
                .submit(Json.createObjectBuilder().add("data", Json.createArrayBuilder().add(
                        Json.createObjectBuilder()
                                .add("eventType", "custom")
                                .add("eventId", UUID.randomUUID().toString())
                                .add("eventName", "survey_lead")
                                .add("eventTime", Instant.now().getEpochSecond())
                                .add("userData", userData))).build())
                .close();
    }
}
