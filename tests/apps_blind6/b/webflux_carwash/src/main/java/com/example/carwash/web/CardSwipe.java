package com.example.carwash.web;

public record CardSwipe(String kioskId, String pan, String expiry, String cvn, int amountCents, String bay) {

    public String masked() {
        return pan.substring(0, 6) + "******" + pan.substring(pan.length() - 4);
    }
}
