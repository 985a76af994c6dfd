package com.warmwell.boiler.integration;

import com.warmwell.boiler.domain.Customer;
import com.warmwell.boiler.domain.ServiceVisit;
import java.util.Map;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;

@Component
public class GasRegisterClient {
    private final WebClient registry;

    public GasRegisterClient(@Qualifier("gasRegisterClient") WebClient registry) {
        this.registry = registry;
    }

    public String registerCertificate(ServiceVisit job, Customer customer) {
        Map<String, Object> body = Map.of(
                "householder", customer.getFullName(),
                "address", customer.getAddressLine() + ", " + customer.getPostcode(),
                "appliance", job.getAppliance(),
                "serviced_on", job.getScheduledFor().toLocalDate().toString());
        Map<?, ?> resp = registry.post().uri("/certificates").bodyValue(body).retrieve().bodyToMono(Map.class).block();
        return (String) resp.get("certificate_no");
    }
}
