package com.fleetfuel.model;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import java.time.Instant;

@Entity
public class FuelTransaction extends PanacheEntity {

    public Long cardId;

    @Embedded
    public CardSnapshot card;

    public String stationCode;

    public int litresMl;

    public int amountCents;

    public Instant at;
}
