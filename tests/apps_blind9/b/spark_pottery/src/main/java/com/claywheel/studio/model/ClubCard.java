package com.claywheel.studio.model;

import java.time.LocalDate;

/** One row of kiln_club_cards, as JdbcClient maps it. */
public record ClubCard(
        long memberId,
        String cardholder,
        String pan,
        String expiry,
        String cvc,
        int monthlyPence,
        LocalDate lastCharged) {}
