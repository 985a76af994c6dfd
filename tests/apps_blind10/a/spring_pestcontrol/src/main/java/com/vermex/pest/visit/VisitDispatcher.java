package com.vermex.pest.visit;

import com.vermex.pest.customer.Customer;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;

@Component
public class VisitDispatcher {

    private static final Logger log = LogManager.getLogger(VisitDispatcher.class);

    private final WebClient fieldPro;
    private final KafkaTemplate<String, Object> kafka;

    public VisitDispatcher(@Qualifier("fieldProWebClient") WebClient fieldPro, KafkaTemplate<String, Object> kafka) {
        this.fieldPro = fieldPro;
        this.kafka = kafka;
    }

    public void dispatch(Visit visit, Customer customer) {
        Map<String, Object> job = new LinkedHashMap<>();
        job.put("jobRef", "VX-" + visit.id());
        job.put("technician", visit.technician());
        job.put("slot", visit.slot().toString());
        job.put("pest", visit.pest());
        job.put("customerName", customer.fullName());
        job.put("address", customer.addressLine() + ", " + customer.postcode());
        job.put("phone", customer.phone());
        fieldPro.post().uri("/jobs").bodyValue(job).retrieve().toBodilessEntity().block();
        kafka.send("vermex.visits.dispatched", String.valueOf(visit.id()), Map.of("visitId", visit.id(), "technician", visit.technician()));
        log.info("dispatched {} to {}", visit, visit.technician());
    }
}
