package com.cellardoor.tours.domain;

import jakarta.persistence.*;

@Entity
@Table(name = "saved_card")
public class SavedCard {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long guestId;

    @Column(name = "vault_token", length = 64, nullable = false)
    private String vaultToken;

    @Column(name = "last_four", length = 4, nullable = false)
    private String lastFour;

    private String brand;

    protected SavedCard() {}

    public SavedCard(Long guestId, String vaultToken, String lastFour, String brand) {
        this.guestId = guestId;
        this.vaultToken = vaultToken;
        this.lastFour = lastFour;
        this.brand = brand;
    }

    public String getLastFour() { return lastFour; }
    public String getBrand() { return brand; }
}
