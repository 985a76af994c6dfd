package org.pawsclinic.core;

import jakarta.persistence.*;
import org.pawsclinic.db.CardNumberConverter;

@Entity
@Table(name = "owner_cards")
public class OwnerCard {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private long id;

    @Column(name = "owner_id")
    private long ownerId;

    @Column(name = "card_number", length = 19)
    private String cardNumber;

    @Convert(converter = CardNumberConverter.class)
    @Column(name = "card_number_enc")
    private String cardNumberEncrypted;

    @Column(name = "expiry", length = 5)
    private String expiry;

    @Column(name = "last_four", length = 4)
    private String lastFour;

    @Column(name = "vault_token", length = 64)
    private String vaultToken;

    public long getId() { return id; }
    public void setOwnerId(long ownerId) { this.ownerId = ownerId; }
    public String getCardNumber() { return cardNumber; }
    public void setCardNumber(String cardNumber) { this.cardNumber = cardNumber; }
    public void setCardNumberEncrypted(String value) { this.cardNumberEncrypted = value; }
    public void setExpiry(String expiry) { this.expiry = expiry; }
    public String getLastFour() { return lastFour; }
    public void setLastFour(String lastFour) { this.lastFour = lastFour; }
    public String getVaultToken() { return vaultToken; }
    public void setVaultToken(String vaultToken) { this.vaultToken = vaultToken; }
}
