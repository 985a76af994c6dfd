package io.fleetly.domain;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

@MappedEntity("vehicles")
public record Vehicle(
        @Id @GeneratedValue Long id,
        String vin,
        String plate,
        String make,
        String model,
        @MappedProperty("dashcam_pan_deg") Short dashcamPanDeg,
        @MappedProperty("sim_iccid") String simIccid,
        @MappedProperty("assigned_driver") Long assignedDriver) {
}
