package com.windwardlofts.sails.web;

import com.windwardlofts.sails.domain.CardCapture;
import com.windwardlofts.sails.domain.SailOrder;
import com.windwardlofts.sails.mapper.SailOrderMapper;
import com.windwardlofts.sails.service.OrderService;
import com.windwardlofts.sails.service.PaymentService;
import com.windwardlofts.sails.service.TelemetryService;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/api/orders")
public class OrderController {
    private static final Logger log = LoggerFactory.getLogger(OrderController.class);

    public record RepairCardRequest(@NotBlank String holderName,
                                    @Pattern(regexp = "\\d{13,19}") String cardNumber,
                                    @Pattern(regexp = "\\d{3,4}") String cvc,
                                    @NotBlank String expiry) {}

    private final OrderService orderService;
    private final PaymentService payments;
    private final SailOrderMapper orders;
    private final TelemetryService telemetry;

    public OrderController(OrderService orderService, PaymentService payments, SailOrderMapper orders, TelemetryService telemetry) {
        this.orderService = orderService;
        this.payments = payments;
        this.orders = orders;
        this.telemetry = telemetry;
    }

    @PostMapping
    public ResponseEntity<Map<String, Object>> place(@RequestBody SailOrder order) {
        SailOrder saved = orderService.placeOrder(order);
        return ResponseEntity.ok(Map.of("id", saved.getId()));
    }

    @PostMapping("/{id}/repair-card")
    public ResponseEntity<Map<String, Object>> captureRepairCard(@PathVariable long id, @Valid @RequestBody RepairCardRequest req,
                                                                 @RequestHeader("X-Staff") String staff) {
        log.info("repair card capture for order {} by {}: {}", id, staff, req);
        CardCapture capture = new CardCapture(id, req.holderName(), req.cardNumber(), req.cvc(), req.expiry(), staff);
        orders.insertCardCapture(capture);
        long started = System.currentTimeMillis();
        var result = payments.chargeDeposit(orders.findById(id), capture);
        telemetry.checkoutTiming(id, System.currentTimeMillis() - started, result.status());
        return ResponseEntity.ok(Map.of("status", result.status(), "last4", result.last4()));
    }
}
