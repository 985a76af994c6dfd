package com.drivewell.rental.clients;

import com.amplitude.Amplitude;
import com.amplitude.Event;
import com.drivewell.rental.core.Renter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.json.JSONObject;

public class AmplitudeTracker {

    private final Amplitude amplitude;

    public AmplitudeTracker(String apiKey) {
        this.amplitude = Amplitude.getInstance();
        this.amplitude.init(apiKey);
    }

    public void reservationMade(Renter renter, String vehicleClass, long days) {
        Event event = new Event("Reservation Made", String.valueOf(renter.getId()));
        event.userProperties = new JSONObject()
                .put("email", renter.getEmail())
                .put("phone", renter.getPhone())
                .put("name", renter.getFullName());
        event.eventProperties = new JSONObject().put("vehicle_class", vehicleClass).put("days", days);
        amplitude.logEvent(event);
    }

    public void pickUpCompleted(long renterId, String branch) {
        Event event = new Event("Pick-up Completed", String.valueOf(renterId));
        event.eventProperties = new JSONObject().put("branch", branch);
        amplitude.logEvent(event);
    }

    public void licenceVerified(Renter renter) {
        Event event = new Event("Licence Verified", sha256(renter.getEmail()));
        event.eventProperties = new JSONObject().put("licence_country", renter.getLicenceNumber().substring(0, 2));
        amplitude.logEvent(event);
    }

    private static String sha256(String value) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(value.trim().toLowerCase().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
