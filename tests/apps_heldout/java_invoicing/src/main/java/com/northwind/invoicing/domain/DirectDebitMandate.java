package com.northwind.invoicing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;
import java.time.Instant;
import lombok.Data;

@Data
@Entity
public class DirectDebitMandate {

    @Id
    @GeneratedValue
    private Long id;

    @OneToOne
    private Customer customer;

    private String iban;
    private String mandateReference;
    private Instant signedAt;

    @Embedded
    private FallbackCard fallbackCard;

    /** Card charged when the direct debit bounces; captured on the mandate form. */
    @Data
    @Embeddable
    public static class FallbackCard {
        @Column(name = "fallback_acct_number", length = 19)
        private String acctNumber;

        @Column(name = "fallback_cvv", length = 4)
        private String cvv;

        private String holderName;
        private String expiry;
    }
}
