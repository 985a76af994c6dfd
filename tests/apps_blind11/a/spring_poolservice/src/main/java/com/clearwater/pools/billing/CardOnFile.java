package com.clearwater.pools.billing;

import jakarta.persistence.*;
import lombok.Data;
import lombok.ToString;

@Entity
@Table(name = "cards_on_file")
@Data
public class CardOnFile {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long customerId;
    @ToString.Exclude
    @Column(name = "poolpay_token", length = 64, nullable = false)
    private String poolpayToken;
    private String brand;
    @Column(name = "last4", length = 4, nullable = false)
    private String last4;
}
