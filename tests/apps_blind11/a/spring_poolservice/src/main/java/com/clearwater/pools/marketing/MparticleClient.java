package com.clearwater.pools.marketing;

import com.clearwater.pools.customer.Customer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

@Component
public class MparticleClient {
    private final RestClient mparticle;

    public MparticleClient(@Qualifier("mparticleRestClient") RestClient mparticle) {
        this.mparticle = mparticle;
    }

    public void customerCreated(Customer c) {
        Map<String, Object> batch = Map.of(
                "environment", "production",
                "user_identities", Map.of("customer_id", String.valueOf(c.getId()), "email", c.getEmail()),
                "user_attributes", Map.of("$Mobile", c.getPhone(), "$Zip", c.getPostcode()),
                "events", List.of(Map.of("event_type", "custom_event", "data", Map.of("event_name", "customer_created", "custom_event_type", "other"))));
        mparticle.post().uri("/events").body(batch).retrieve().toBodilessEntity();
    }

    public void visitCompleted(long customerId, String email) throws Exception {
        String hashed = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(email.trim().toLowerCase().getBytes(StandardCharsets.UTF_8)));
        Map<String, Object> batch = Map.of(
                "environment", "production",
                "user_identities", Map.of("customer_id", String.valueOf(customerId), "other", hashed),
                "events", List.of(Map.of("event_type", "custom_event", "data", Map.of("event_name", "visit_completed", "custom_event_type", "other"))));
        mparticle.post().uri("/events").body(batch).retrieve().toBodilessEntity();
    }
}
