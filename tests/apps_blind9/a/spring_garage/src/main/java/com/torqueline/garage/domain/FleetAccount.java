package com.torqueline.garage.domain;

import com.torqueline.garage.crypto.CardNumberConverter;
import jakarta.persistence.*;
import lombok.Getter;
import lombok.Setter;
import lombok.ToString;

@Entity
@Table(name = "fleet_accounts")
@Getter
@Setter
@ToString
public class FleetAccount {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String companyName;

    @ToString.Exclude
    private String billingEmail;

    @Convert(converter = CardNumberConverter.class)
    @Column(name = "card_number_enc", nullable = false)
    @ToString.Exclude
    private String cardNumber;

    @Column(name = "card_last4", nullable = false, length = 4)
    private String cardLast4;

    private String cardBrand;
}
