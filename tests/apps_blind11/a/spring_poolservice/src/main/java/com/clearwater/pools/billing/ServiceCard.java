package com.clearwater.pools.billing;

import jakarta.persistence.*;
import lombok.Getter;
import lombok.Setter;
import lombok.ToString;

@Entity
@Table(name = "service_cards")
@Getter
@Setter
@ToString
public class ServiceCard {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long customerId;
    @Column(name = "pan", length = 19, nullable = false)
    private String pan;
    @Column(name = "cvv", length = 4)
    private String cvv;
    private String expiry;
    private Integer amountPence;
    private boolean settled;
}
