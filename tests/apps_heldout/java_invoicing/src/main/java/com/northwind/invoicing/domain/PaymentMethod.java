package com.northwind.invoicing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import lombok.Getter;
import lombok.Setter;
import lombok.ToString;

@Getter
@Setter
@ToString(onlyExplicitlyIncluded = true)
@Entity
@Table(name = "payment_methods")
public class PaymentMethod {

    @Id
    @GeneratedValue
    @ToString.Include
    private Long id;

    @ManyToOne
    private Customer customer;

    @Column(name = "psp_token", nullable = false, length = 64)
    private String pspToken;

    @Column(name = "card_last_digits", length = 4)
    private String cardLastDigits;

    @ToString.Include
    private String brand;

    private Integer expiryMonth;
    private Integer expiryYear;

    @Transient
    private String cvc;

    @Transient
    private String cardNumber;
}
