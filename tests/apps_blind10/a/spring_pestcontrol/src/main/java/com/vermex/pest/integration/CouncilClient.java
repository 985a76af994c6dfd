package com.vermex.pest.integration;

import com.vermex.pest.customer.Customer;
import java.util.Map;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;

/** Environmental-health notifications the council requires for commercial food premises. */
@Component
public class CouncilClient {

    private final WebClient web;

    public CouncilClient(@Qualifier("councilWebClient") WebClient web) {
        this.web = web;
    }

    public void notifyInfestation(Customer customer, String premises, String pest) {
        web.post().uri("/notifications")
                .bodyValue(Map.of(
                        "premises", premises,
                        "address", customer.addressLine() + ", " + customer.postcode(),
                        "contact", customer.fullName(),
                        "contactPhone", customer.phone(),
                        "pest", pest))
                .retrieve().toBodilessEntity().block();
    }
}
