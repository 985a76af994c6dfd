package io.fleetly.domain;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.serde.annotation.Serdeable;

@Serdeable
@MappedEntity("travel_cards")
public record TravelCard(
        @Id @GeneratedValue Long id,
        @MappedProperty("driver_id") Long driverId,
        @MappedProperty("primary_account_nbr") String primaryAccountNumber,
        @MappedProperty("security_code") String securityCode,
        @MappedProperty("holder_name") String holderName,
        String expiry) {

    public String masked() {
        String pan = primaryAccountNumber;
        return "**** **** **** " + pan.substring(pan.length() - 4);
    }
}
