package com.parkpass.analytics;

import com.mixpanel.mixpanelapi.ClientDelivery;
import com.mixpanel.mixpanelapi.MessageBuilder;
import com.mixpanel.mixpanelapi.MixpanelAPI;
import com.parkpass.domain.Driver;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.json.JSONObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

@Singleton
public class MixpanelTracker {

    private static final Logger LOG = LoggerFactory.getLogger(MixpanelTracker.class);

    private final MessageBuilder messages;
    private final MixpanelAPI api = new MixpanelAPI();

    public MixpanelTracker(@Value("${parkpass.mixpanel-token}") String token) {
        this.messages = new MessageBuilder(token);
    }

    public void driverRegistered(Driver driver) {
        JSONObject profile = new JSONObject();
        profile.put("$email", driver.email());
        profile.put("$name", driver.fullName());
        profile.put("$phone", driver.phone());
        profile.put("plate", driver.plateNumber());
        deliver(messages.set(String.valueOf(driver.id()), profile));
    }

    public void permitPurchased(Driver driver, String zone, int amountCents) {
        JSONObject props = new JSONObject();
        props.put("zone", zone);
        props.put("amount_cents", amountCents);
        deliver(messages.event(driver.email(), "Permit Purchased", props));
    }

    public void sessionStarted(Driver driver, String garageId) {
        JSONObject props = new JSONObject();
        props.put("garage", garageId);
        props.put("plate_hash", sha256(driver.plateNumber()));
        deliver(messages.event(sha256(driver.email()), "Session Started", props));
    }

    private void deliver(JSONObject message) {
        ClientDelivery delivery = new ClientDelivery();
        delivery.addMessage(message);
        try {
            api.deliver(delivery);
        } catch (IOException e) {
            LOG.warn("mixpanel delivery failed: {}", e.getMessage());
        }
    }

    private static String sha256(String value) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(value.trim().toLowerCase().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
