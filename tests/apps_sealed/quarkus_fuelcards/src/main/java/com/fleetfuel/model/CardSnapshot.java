package com.fleetfuel.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
public class CardSnapshot {

    @Column(name = "snapshot_card_number", length = 19)
    public String cardNumber;

    @Column(name = "snapshot_expiry", length = 5)
    public String expiry;

    public CardSnapshot() {
    }

    public CardSnapshot(String cardNumber, String expiry) {
        this.cardNumber = cardNumber;
        this.expiry = expiry;
    }
}
