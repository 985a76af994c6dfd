package com.acme.billing;

import com.segment.analytics.Analytics;
import com.segment.analytics.messages.IdentifyMessage;
import com.segment.analytics.messages.TrackMessage;
import io.sentry.Sentry;
import java.util.Map;
import org.springframework.web.client.RestTemplate;

/** Pushes new customers to analytics and the legacy CRM. */
public class CustomerSync {
    private final Analytics analytics;
    private final RestTemplate rest;

    public CustomerSync(Analytics analytics, RestTemplate rest) {
        this.analytics = analytics;
        this.rest = rest;
        Sentry.init(options -> {
            options.setDsn(System.getenv("SENTRY_DSN"));
            options.setSendDefaultPii(true); // expect: pii_to_third_party
        });
    }

    public void created(Customer customer) {
        analytics.enqueue(IdentifyMessage.builder().userId(customer.getId()).traits(Map.of("email", customer.getEmail()))); // expect: pii_to_third_party
        analytics.enqueue(TrackMessage.builder("Customer Created").userId(customer.getId()).properties(Map.of("plan", customer.getPlan())));
        analytics.enqueue(IdentifyMessage.builder().userId(customer.getId()).traits(Map.of("email_sha256", Hashing.sha256Hex(customer.getEmail()))));
        Map<String, String> contact = Map.of("email", customer.getEmail(), "phone", customer.getPhone());
        rest.postForObject("http://crm.legacy.example.com/api/contacts", contact, String.class); // expect: insecure_transport
        rest.postForObject("https://crm.example.com/api/contacts", contact, String.class);
        rest.postForObject("http://localhost:8081/api/contacts", contact, String.class);
    }
}
