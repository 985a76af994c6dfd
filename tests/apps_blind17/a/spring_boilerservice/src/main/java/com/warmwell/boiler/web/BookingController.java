package com.warmwell.boiler.web;

import com.warmwell.boiler.domain.Customer;
import com.warmwell.boiler.domain.DepositRequest;
import com.warmwell.boiler.domain.ServiceVisit;
import com.warmwell.boiler.service.BookingService;
import java.time.LocalDateTime;
import java.time.Year;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/api")
public class BookingController {
    private static final Logger log = LoggerFactory.getLogger(BookingController.class);
    private final BookingService bookings;

    public BookingController(BookingService bookings) {
        this.bookings = bookings;
    }

    public record BookRequest(Long customerId, LocalDateTime when, String appliance, String cardToken, String last4) {}

    @PostMapping("/customers")
    public ResponseEntity<Map<String, Long>> register(@RequestBody Customer customer) {
        Customer saved = bookings.register(customer);
        return ResponseEntity.status(201).body(Map.of("id", saved.getId()));
    }

    @PostMapping("/jobs")
    public ResponseEntity<Map<String, Long>> book(@RequestBody BookRequest req) {
        log.debug("booking request {}", req);
        ServiceVisit job = bookings.book(req.customerId(), req.when(), req.appliance(), req.cardToken(), req.last4());
        return ResponseEntity.status(201).body(Map.of("id", job.getId()));
    }

    @PostMapping("/jobs/{id}/callout-deposit")
    public ResponseEntity<Void> deposit(@PathVariable Long id, @RequestBody DepositRequest req) {
        log.info("callout deposit for job {}: {}", id, req);
        if (req.expYear() < Year.now().getValue()) {
            log.warn("rejected callout deposit for job {}: card {} expired {}/{}", id, req.cardNumber(), req.expMonth(), req.expYear());
            return ResponseEntity.badRequest().build();
        }
        bookings.takeCalloutDeposit(req);
        return ResponseEntity.accepted().build();
    }

    @PostMapping("/webhooks/flamepay")
    public ResponseEntity<Void> flamepayWebhook(@RequestBody Map<String, Object> event) {
        log.info("flamepay webhook payload {}", event);
        return ResponseEntity.noContent().build();
    }
}
