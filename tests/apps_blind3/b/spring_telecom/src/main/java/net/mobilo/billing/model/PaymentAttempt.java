package net.mobilo.billing.model;

import lombok.Data;

@Data
public class PaymentAttempt {
    private Long id;
    private long subscriberId;
    private int amountCents;
    private String maskedPan;
    private String cvv2;
    private String status;
    private String authCode;
}
