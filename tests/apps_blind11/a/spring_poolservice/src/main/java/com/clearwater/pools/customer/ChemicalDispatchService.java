package com.clearwater.pools.customer;

import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestClient;

@Service
public class ChemicalDispatchService {
    private static final Logger log = LoggerFactory.getLogger(ChemicalDispatchService.class);

    private final RestClient chlorine;
    private final RestClient sensorHub;

    public ChemicalDispatchService(@Qualifier("chlorineRestClient") RestClient chlorine,
                                   @Qualifier("sensorHubRestClient") RestClient sensorHub) {
        this.chlorine = chlorine;
        this.sensorHub = sensorHub;
    }

    public void orderDelivery(Customer c, int litres) {
        chlorine.post().uri("/deliveries")
                .body(Map.of("name", c.getFullName(), "phone", c.getPhone(), "street", c.getStreet(),
                        "postcode", c.getPostcode(), "gateCode", c.getGateCode(), "litres", litres))
                .retrieve().toBodilessEntity();
        log.info("chlorine delivery ordered for customer {} ({} l)", c.getId(), litres);
    }

    public Map<?, ?> latestReading(long siteId) {
        return sensorHub.get().uri("/sites/{id}/latest", siteId).retrieve().body(Map.class);
    }
}
