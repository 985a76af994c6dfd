package com.parkpass.domain;

import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

import java.time.Instant;

@MappedEntity("stored_card")
public class StoredCard {

    @Id
    @GeneratedValue
    private Long id;

    private Long driverId;

    @MappedProperty("pan")
    private String primaryAccountNumber;

    private short expMonth;
    private short expYear;

    private String last4;
    private String cardBrand;
    private String gatewayToken;

    @MappedProperty("cvc2")
    private String securityCode;

    @DateCreated
    private Instant createdAt;

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getDriverId() { return driverId; }
    public void setDriverId(Long driverId) { this.driverId = driverId; }
    public String getPrimaryAccountNumber() { return primaryAccountNumber; }
    public void setPrimaryAccountNumber(String primaryAccountNumber) { this.primaryAccountNumber = primaryAccountNumber; }
    public short getExpMonth() { return expMonth; }
    public void setExpMonth(short expMonth) { this.expMonth = expMonth; }
    public short getExpYear() { return expYear; }
    public void setExpYear(short expYear) { this.expYear = expYear; }
    public String getLast4() { return last4; }
    public void setLast4(String last4) { this.last4 = last4; }
    public String getCardBrand() { return cardBrand; }
    public void setCardBrand(String cardBrand) { this.cardBrand = cardBrand; }
    public String getGatewayToken() { return gatewayToken; }
    public void setGatewayToken(String gatewayToken) { this.gatewayToken = gatewayToken; }
    public String getSecurityCode() { return securityCode; }
    public void setSecurityCode(String securityCode) { this.securityCode = securityCode; }
    public Instant getCreatedAt() { return createdAt; }

    @Override
    public String toString() {
        return "StoredCard{id=" + id + ", driverId=" + driverId + ", brand=" + cardBrand + ", last4=" + last4 + "}";
    }
}
