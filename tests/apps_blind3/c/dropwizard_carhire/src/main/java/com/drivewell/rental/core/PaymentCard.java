package com.drivewell.rental.core;

import com.drivewell.rental.crypto.CardNumberConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Transient;

@Embeddable
public class PaymentCard {

    @Convert(converter = CardNumberConverter.class)
    @Column(name = "card_pan_enc", length = 512)
    private String primaryAccountNumber;

    @Column(name = "card_last4", length = 4)
    private String last4;

    @Column(name = "card_expiry", length = 5)
    private String expiry;

    @Transient
    private String securityCode;

    public PaymentCard() {}

    public PaymentCard(String primaryAccountNumber, String expiry, String securityCode) {
        this.primaryAccountNumber = primaryAccountNumber;
        this.last4 = primaryAccountNumber.substring(primaryAccountNumber.length() - 4);
        this.expiry = expiry;
        this.securityCode = securityCode;
    }

    public String getPrimaryAccountNumber() { return primaryAccountNumber; }
    public String getLast4() { return last4; }
    public String getExpiry() { return expiry; }
    public String getSecurityCode() { return securityCode; }

    @Override
    public String toString() {
        return "PaymentCard{last4=" + last4 + ", expiry=" + expiry + "}";
    }
}
