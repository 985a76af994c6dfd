package com.windwardlofts.sails.service;

import com.windwardlofts.sails.client.HoneycombClient;
import com.windwardlofts.sails.config.LoftProperties;
import com.windwardlofts.sails.domain.Customer;
import java.util.HashMap;
import java.util.Map;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Service;

@Service
public class TelemetryService {
    private final HoneycombClient honeycomb;
    private final String dataset;

    public TelemetryService(HoneycombClient honeycomb, LoftProperties props) {
        this.honeycomb = honeycomb;
        this.dataset = props.honeycomb().dataset();
    }

    @Async
    public void checkoutTiming(long orderId, long millis, String outcome) {
        honeycomb.send(dataset, Map.of("name", "checkout", "order_id", orderId, "duration_ms", millis, "outcome", outcome));
    }

    @Async
    public void paymentFailure(Customer customer, long orderId, String declineCode) {
        Map<String, Object> event = new HashMap<>();
        event.put("name", "payment_failed");
        event.put("order_id", orderId);
        event.put("decline_code", declineCode);
        event.put("customer.email", customer.getEmail());
        event.put("customer.phone", customer.getPhone());
        honeycomb.send(dataset, event);
    }
}
