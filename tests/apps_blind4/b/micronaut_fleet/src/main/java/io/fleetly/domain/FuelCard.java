package io.fleetly.domain;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

@MappedEntity("fuel_cards")
public class FuelCard {

    @Id
    @GeneratedValue
    private Long id;

    @MappedProperty("vehicle_id")
    private Long vehicleId;

    @MappedProperty("driver_id")
    private Long driverId;

    @MappedProperty("card_no")
    private String cardNo;

    @MappedProperty("fuelnet_card_ref")
    private String fuelnetCardRef;

    @MappedProperty("last_four")
    private String lastFour;

    @MappedProperty("expires_on")
    private String expiresOn;

    @MappedProperty("daily_limit_cents")
    private int dailyLimitCents = 40000;

    private String status = "ACTIVE";

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getVehicleId() { return vehicleId; }
    public void setVehicleId(Long vehicleId) { this.vehicleId = vehicleId; }
    public Long getDriverId() { return driverId; }
    public void setDriverId(Long driverId) { this.driverId = driverId; }
    public String getCardNo() { return cardNo; }
    public void setCardNo(String cardNo) { this.cardNo = cardNo; }
    public String getFuelnetCardRef() { return fuelnetCardRef; }
    public void setFuelnetCardRef(String fuelnetCardRef) { this.fuelnetCardRef = fuelnetCardRef; }
    public String getLastFour() { return lastFour; }
    public void setLastFour(String lastFour) { this.lastFour = lastFour; }
    public String getExpiresOn() { return expiresOn; }
    public void setExpiresOn(String expiresOn) { this.expiresOn = expiresOn; }
    public int getDailyLimitCents() { return dailyLimitCents; }
    public void setDailyLimitCents(int dailyLimitCents) { this.dailyLimitCents = dailyLimitCents; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
}
