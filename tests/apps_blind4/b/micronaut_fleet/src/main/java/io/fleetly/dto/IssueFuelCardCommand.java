package io.fleetly.dto;

import io.micronaut.serde.annotation.Serdeable;

/** Request to FuelNet to issue a card; FuelNet returns its own reference and the last four digits. */
@Serdeable
public record IssueFuelCardCommand(Long vehicleId, Long driverId, String plate, int dailyLimitCents) {
}
