package com.fleetfuel.analytics;

import com.fleetfuel.model.Driver;
import com.fleetfuel.model.FuelCard;
import com.google.common.collect.ImmutableMap;
import com.segment.analytics.Analytics;
import com.segment.analytics.messages.IdentifyMessage;
import com.segment.analytics.messages.TrackMessage;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

@ApplicationScoped
public class Tracking {

    private final Analytics analytics;

    public Tracking(@ConfigProperty(name = "segment.write-key") String writeKey) {
        this.analytics = Analytics.builder(writeKey).build();
    }

    public void cardIssued(Driver driver, FuelCard card) {
        analytics.enqueue(IdentifyMessage.builder()
                .userId(String.valueOf(driver.id))
                .traits(ImmutableMap.of("email", driver.email, "name", driver.fullName, "phone", driver.mobile)));
        analytics.enqueue(TrackMessage.builder("Fuel Card Issued")
                .userId(String.valueOf(driver.id))
                .properties(ImmutableMap.of("fleetId", driver.fleetId, "limitCents", card.monthlyLimitCents)));
    }
}
