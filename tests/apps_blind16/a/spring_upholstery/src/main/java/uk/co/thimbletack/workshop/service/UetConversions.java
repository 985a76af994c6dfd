package uk.co.thimbletack.workshop.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestClient;
import uk.co.thimbletack.workshop.domain.Customer;

@Service
public class UetConversions {
    private final RestClient uet;

    public UetConversions(@Qualifier("uetClient") RestClient uet) {
        this.uet = uet;
    }

    public void quoteAccepted(Customer customer, String orderId, double value) {
        Map<String, Object> userData = Map.of(
                "em", sha256(customer.getEmail().trim().toLowerCase()),
                "ph", sha256(customer.getPhone() == null ? "" : customer.getPhone().replaceAll("\\D", "")));
        Map<String, Object> event = Map.of(
                "eventType", "custom",
                "eventName", "quote_accepted",
                "eventId", orderId,
                "eventTime", Instant.now().getEpochSecond(),
                "userData", userData,
                "customData", Map.of("value", value, "currency", "GBP"));
        uet.post().uri("/events").body(Map.of("data", List.of(event))).retrieve().toBodilessEntity();
    }

    public void bookingCallback(Customer customer, String clickId) {
        Map<String, Object> event = Map.of(
                "eventType", "custom",
                "eventName", "callback_requested",
                "eventTime", Instant.now().getEpochSecond(),
                "userData", Map.of("em", customer.getEmail(), "msclkid", clickId));
        uet.post().uri("/events").body(Map.of("data", List.of(event))).retrieve().toBodilessEntity();
    }

    private static String sha256(String value) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
