package com.fleetfuel.model;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Transient;
import java.time.YearMonth;

@Entity
public class FuelCard extends PanacheEntity {

    @ManyToOne(optional = false)
    public Driver driver;

    @Column(name = "pan", length = 19, nullable = false)
    public String pan;

    @Column(name = "pan_last4", length = 4)
    public String panLast4;

    @Column(name = "issuer_ref", length = 40)
    public String issuerReference;

    @Transient
    public String cvv;

    public YearMonth expiry;

    public int monthlyLimitCents;

    public boolean blocked;

    @Override
    public String toString() {
        return "FuelCard{id=" + id + ", last4=" + panLast4 + ", blocked=" + blocked + "}";
    }
}
