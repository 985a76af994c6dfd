package com.cellardoor.tours.web;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/hooks")
public class WebhookController {

    private static final Logger log = LoggerFactory.getLogger(WebhookController.class);

    @PostMapping("/vinpay")
    public ResponseEntity<Void> vinpay(@RequestBody Map<String, Object> event, @RequestHeader("X-VinPay-Signature") String sig) {
        log.info("vinpay event type={} id={}", event.get("type"), event.get("id"));
        if ("refund.failed".equals(event.get("type"))) {
            log.error("refund failed: {}", event);
        }
        return ResponseEntity.ok().build();
    }
}
