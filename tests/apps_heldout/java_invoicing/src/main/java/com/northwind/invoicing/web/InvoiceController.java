package com.northwind.invoicing.web;

import com.northwind.invoicing.domain.Customer;
import com.northwind.invoicing.domain.Invoice;
import com.northwind.invoicing.service.BillingService;
import com.northwind.invoicing.service.CustomerRepository;
import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Slf4j
@RestController
@RequestMapping("/api")
@RequiredArgsConstructor
public class InvoiceController {

    private final BillingService billing;
    private final CustomerRepository customers;

    @PostMapping("/customers")
    public ResponseEntity<Long> createCustomer(@RequestBody Customer customer) {
        log.info("Creating customer {}", customer);
        Customer saved = customers.save(customer);
        log.info("Customer {} created", saved.getId());
        return ResponseEntity.ok(saved.getId());
    }

    @PutMapping("/customers/{id}/email")
    public ResponseEntity<Void> changeEmail(@PathVariable Long id, @RequestBody String newEmail) {
        Customer c = customers.findById(id).orElseThrow();
        log.debug("Changing email of customer {} from {} to {}", id, c.getEmail(), newEmail);
        c.setEmail(newEmail);
        customers.save(c);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/invoices/{id}/pay")
    public ResponseEntity<String> pay(@PathVariable Long id, @Valid @RequestBody ChargeRequest request) {
        log.info("Payment request for invoice {}: {}", id, request);
        Invoice invoice = billing.charge(id, request);
        log.info("Invoice {} paid", invoice);
        return ResponseEntity.ok(invoice.getStatus());
    }

    @PostMapping("/refunds")
    public ResponseEntity<Void> refund(@RequestBody RefundRequest refund) {
        log.info("Refund requested: {}", refund);
        billing.refund(refund);
        return ResponseEntity.accepted().build();
    }
}
