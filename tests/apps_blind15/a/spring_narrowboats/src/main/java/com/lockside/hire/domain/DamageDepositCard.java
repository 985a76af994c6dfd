package com.lockside.hire.domain;

import jakarta.persistence.*;
import java.time.Instant;

@Entity
@Table(name = "damage_deposit_cards")
public class DamageDepositCard {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long bookingId;
    private String holderName;
    @Column(name = "pan", length = 19, nullable = false)
    private String pan;
    private String expiry;
    @Column(name = "cvc", length = 4)
    private String cvc;
    private String capturedBy;
    private Instant capturedAt = Instant.now();

    protected DamageDepositCard() {}

    public DamageDepositCard(Long bookingId, String holderName, String pan, String expiry, String cvc, String capturedBy) {
        this.bookingId = bookingId;
        this.holderName = holderName;
        this.pan = pan;
        this.expiry = expiry;
        this.cvc = cvc;
        this.capturedBy = capturedBy;
    }

    public Long getId() { return id; }
    public Long getBookingId() { return bookingId; }
    public String getHolderName() { return holderName; }
    public String getPan() { return pan; }
    public String getExpiry() { return expiry; }
}
