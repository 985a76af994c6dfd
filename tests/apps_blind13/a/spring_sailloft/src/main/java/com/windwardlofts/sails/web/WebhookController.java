package com.windwardlofts.sails.web;

import com.windwardlofts.sails.domain.Customer;
import com.windwardlofts.sails.mapper.CustomerMapper;
import com.windwardlofts.sails.mapper.SailOrderMapper;
import com.windwardlofts.sails.service.TelemetryService;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/webhooks/spinnaker")
public class WebhookController {
    private static final Logger log = LoggerFactory.getLogger(WebhookController.class);

    private final SailOrderMapper orders;
    private final CustomerMapper customers;
    private final TelemetryService telemetry;

    public WebhookController(SailOrderMapper orders, CustomerMapper customers, TelemetryService telemetry) {
        this.orders = orders;
        this.customers = customers;
        this.telemetry = telemetry;
    }

    @PostMapping
    public ResponseEntity<Void> receive(@RequestBody Map<String, Object> event) {
        log.debug("spinnaker webhook {}", event);
        @SuppressWarnings("unchecked")
        Map<String, Object> data = (Map<String, Object>) event.get("data");
        String ref = String.valueOf(data.get("reference"));
        long orderId = Long.parseLong(ref.replace("SO-", "").replace("-BAL", ""));
        if ("payment.failed".equals(event.get("type"))) {
            Customer c = customers.findById(orders.findById(orderId).getCustomerId());
            telemetry.paymentFailure(c, orderId, String.valueOf(data.get("decline_code")));
        }
        log.info("webhook {} handled order={} last4={}", event.get("type"), orderId, data.get("last4"));
        return ResponseEntity.ok().build();
    }
}
