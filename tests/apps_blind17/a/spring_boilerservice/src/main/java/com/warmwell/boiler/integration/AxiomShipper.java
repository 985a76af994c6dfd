package com.warmwell.boiler.integration;

import com.warmwell.boiler.config.PartnerProperties;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;

@Component
public class AxiomShipper {
    private final WebClient axiom;
    private final String dataset;

    public AxiomShipper(@Qualifier("axiomClient") WebClient axiom, PartnerProperties props) {
        this.axiom = axiom;
        this.dataset = props.axiom().dataset();
    }

    public void ship(String event, Map<String, Object> fields) {
        Map<String, Object> row = new HashMap<>(fields);
        row.put("_time", Instant.now().toString());
        row.put("event", event);
        List<Map<String, Object>> batch = new ArrayList<>();
        batch.add(row);
        axiom.post().uri("/datasets/{ds}/ingest", dataset).bodyValue(batch).retrieve().toBodilessEntity().subscribe();
    }
}
