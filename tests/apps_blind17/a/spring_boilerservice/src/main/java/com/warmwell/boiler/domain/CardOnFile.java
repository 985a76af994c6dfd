package com.warmwell.boiler.domain;

import jakarta.persistence.*;

@Entity
@Table(name = "cards_on_file")
public class CardOnFile {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long customerId;
    @Column(name = "flamepay_token", length = 64)
    private String flamepayToken;
    @Column(name = "last_four", length = 4)
    private String lastFour;

    protected CardOnFile() {}

    public CardOnFile(Long customerId, String flamepayToken, String lastFour) {
        this.customerId = customerId;
        this.flamepayToken = flamepayToken;
        this.lastFour = lastFour;
    }

    public String getFlamepayToken() { return flamepayToken; }
    public String getLastFour() { return lastFour; }
}
