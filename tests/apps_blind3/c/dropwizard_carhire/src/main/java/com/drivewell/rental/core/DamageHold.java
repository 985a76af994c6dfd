package com.drivewell.rental.core;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

@Entity
@Table(name = "damage_holds")
public class DamageHold {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "rental_id", nullable = false)
    private Long rentalId;

    @Column(name = "card_number", length = 19)
    private String cardNumber;

    @Column(name = "cvc", length = 4)
    private String cvc;

    @Column(name = "amount", precision = 10, scale = 2)
    private BigDecimal amount;

    @Column(name = "auth_code", length = 12)
    private String authCode;

    @Column(name = "created_at")
    private Instant createdAt = Instant.now();

    protected DamageHold() {}

    public DamageHold(Long rentalId, String cardNumber, String cvc, BigDecimal amount) {
        this.rentalId = rentalId;
        this.cardNumber = cardNumber;
        this.cvc = cvc;
        this.amount = amount;
    }

    public Long getId() { return id; }
    public String getCardNumber() { return cardNumber; }
    public String getCvc() { return cvc; }
    public BigDecimal getAmount() { return amount; }
    public void setAuthCode(String authCode) { this.authCode = authCode; }
}
