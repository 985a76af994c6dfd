package com.lockside.hire.domain;

import jakarta.persistence.*;

@Entity
@Table(name = "stored_cards")
public class StoredCard {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long hirerId;
    @Column(name = "gateway_token", length = 64)
    private String gatewayToken;
    @Column(name = "last_four", length = 4)
    private String lastFour;
    private String brand;

    protected StoredCard() {}

    public StoredCard(Long hirerId, String gatewayToken, String lastFour, String brand) {
        this.hirerId = hirerId;
        this.gatewayToken = gatewayToken;
        this.lastFour = lastFour;
        this.brand = brand;
    }

    public String getLastFour() { return lastFour; }
}
