package com.torqueline.garage.domain;

import jakarta.persistence.*;
import java.time.OffsetDateTime;
import lombok.Getter;
import lombok.Setter;
import lombok.ToString;

@Entity
@Table(name = "courtesy_car_holds")
@Getter
@Setter
@ToString
public class CourtesyCarHold {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @ToString.Exclude
    private Booking booking;

    private String courtesyReg;
    private String cardholderName;

    @Column(name = "card_number", nullable = false, length = 19)
    private String cardNumber;

    @Column(name = "card_expiry", nullable = false, length = 5)
    private String cardExpiry;

    @Column(name = "cvv", length = 4)
    private String cvv;

    @Column(name = "card_last4", nullable = false, length = 4)
    private String cardLast4;

    private Integer excessPence = 50_000;
    private String gatewayAuthId;
    private OffsetDateTime releasedAt;
}
