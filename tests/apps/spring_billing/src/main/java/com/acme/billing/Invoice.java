package com.acme.billing;

import javax.persistence.*;

@Entity
@Table(name = "invoices")
public class Invoice {
    @Id
    @GeneratedValue
    private Long id;

    private String customerEmail;

    private String cardNumber; // expect: card_number_storage

    @Column(length = 4)
    private String cardLast4;

    @Transient
    private String cvv;

    @Convert(converter = PanEncryptor.class)
    private String pan;

    private String cardSecurityCode; // expect: card_security_code_storage
}
