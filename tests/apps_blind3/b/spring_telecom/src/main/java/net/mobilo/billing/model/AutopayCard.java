package net.mobilo.billing.model;

import lombok.Builder;
import lombok.Data;
import lombok.ToString;

@Data
@Builder
public class AutopayCard {
    private Long id;
    private Long subscriberId;

    @ToString.Exclude
    private String cardNumber;

    private String last4;
    private String expiry;
    private String networkToken;
}
