package com.cellardoor.tours.vendor;

import java.util.HashMap;
import java.util.Map;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

import com.cellardoor.tours.domain.Guest;

@Component
public class IterableClient {

    private final RestClient client;

    public IterableClient(@Qualifier("iterableClient") RestClient client) {
        this.client = client;
    }

    public void upsertGuest(Guest guest) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("firstName", guest.getFullName().split(" ")[0]);
        fields.put("phoneNumber", guest.getPhone());
        fields.put("dateOfBirth", String.valueOf(guest.getDateOfBirth()));
        fields.put("hotel", guest.getHotel());
        client.post().uri("/users/update")
                .body(Map.of("email", guest.getEmail(), "dataFields", fields, "preferUserId", false))
                .retrieve()
                .toBodilessEntity();
    }

    public void trackGiftPurchase(Guest guest, String recipientEmail, String recipientName) {
        client.post().uri("/events/track")
                .body(Map.of("email", guest.getEmail(), "eventName", "giftVoucherBought",
                        "dataFields", Map.of("recipientEmail", recipientEmail, "recipientName", recipientName)))
                .retrieve()
                .toBodilessEntity();
    }

    public void trackTour(long guestId, String tourCode, int partySize) {
        client.post().uri("/events/track")
                .body(Map.of("userId", "guest-" + guestId, "eventName", "tourBooked", "dataFields", Map.of("tour", tourCode, "party", partySize)))
                .retrieve()
                .toBodilessEntity();
    }
}
