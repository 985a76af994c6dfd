package com.inkwell.printshop.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A card kept on file for trade accounts that reorder business cards and flyers every month. */
@Entity
@Table(name = "billing_cards")
public class BillingCard {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    private Customer customer;

    @Column(name = "vault_id", nullable = false, length = 64)
    private String vaultId;

    @Column(name = "card_brand", length = 16)
    private String cardBrand;

    @Column(name = "last_digits", length = 4)
    private String lastDigits;

    @Column(name = "expiry", length = 7)
    private String expiry;

    @Column(name = "card_number", length = 19)
    private String cardNumber;

    @Column(name = "verification_value", length = 4)
    private String verificationValue;

    @Convert(converter = AesAttributeConverter.class)
    @Column(name = "backup_number", length = 128)
    private String backupNumber;

    public Long getId() { return id; }
    public Customer getCustomer() { return customer; }
    public void setCustomer(Customer customer) { this.customer = customer; }
    public String getVaultId() { return vaultId; }
    public void setVaultId(String vaultId) { this.vaultId = vaultId; }
    public String getCardBrand() { return cardBrand; }
    public void setCardBrand(String cardBrand) { this.cardBrand = cardBrand; }
    public String getLastDigits() { return lastDigits; }
    public void setLastDigits(String lastDigits) { this.lastDigits = lastDigits; }
    public String getExpiry() { return expiry; }
    public void setExpiry(String expiry) { this.expiry = expiry; }
    public String getCardNumber() { return cardNumber; }
    public void setCardNumber(String cardNumber) { this.cardNumber = cardNumber; }
    public String getVerificationValue() { return verificationValue; }
    public void setVerificationValue(String verificationValue) { this.verificationValue = verificationValue; }
    public String getBackupNumber() { return backupNumber; }
    public void setBackupNumber(String backupNumber) { this.backupNumber = backupNumber; }
}
