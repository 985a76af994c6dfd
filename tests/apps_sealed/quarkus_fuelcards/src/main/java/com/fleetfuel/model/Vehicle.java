package com.fleetfuel.model;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * A fleet vehicle and the telematics box fitted to it.
 */
@Entity
public class Vehicle extends PanacheEntity {

    private static final Logger LOG = LogManager.getLogger(Vehicle.class);

    @Column(length = 17, unique = true)
    public String vin;

    public String licencePlate;

    /** ICCID printed on the telematics SIM card. */
    @Column(name = "sim_card_number", length = 22)
    public String simCardNumber;

    public Long fleetId;

    public void swapSim(String newIccid) {
        LOG.info("vehicle {} SIM card swapped {} -> {}", vin, simCardNumber, newIccid);
        this.simCardNumber = newIccid;
    }
}
