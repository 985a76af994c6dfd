package com.clearwater.pools.customer;

import jakarta.persistence.*;
import java.time.OffsetDateTime;
import lombok.Data;
import lombok.NoArgsConstructor;

@Entity
@Table(name = "customers")
@Data
@NoArgsConstructor
public class Customer {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String fullName;
    private String email;
    private String phone;
    private String street;
    private String postcode;
    private String gateCode;
    private Long marketoLead;
    private OffsetDateTime createdAt = OffsetDateTime.now();
}
