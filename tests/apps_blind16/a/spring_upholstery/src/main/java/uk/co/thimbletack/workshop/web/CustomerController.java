package uk.co.thimbletack.workshop.web;

import jakarta.validation.Valid;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.*;
import uk.co.thimbletack.workshop.domain.Customer;
import uk.co.thimbletack.workshop.dto.CustomerRequest;
import uk.co.thimbletack.workshop.repo.CustomerRepository;
import uk.co.thimbletack.workshop.service.AuditLogger;
import uk.co.thimbletack.workshop.service.FreshchatService;

@RestController
@RequestMapping("/api/customers")
public class CustomerController {
    private static final Logger log = LoggerFactory.getLogger(CustomerController.class);

    private final CustomerRepository customers;
    private final FreshchatService freshchat;
    private final AuditLogger audit;

    public CustomerController(CustomerRepository customers, FreshchatService freshchat, AuditLogger audit) {
        this.customers = customers;
        this.freshchat = freshchat;
        this.audit = audit;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    public Map<String, String> create(@Valid @RequestBody CustomerRequest req) {
        log.debug("create customer request {}", req);
        customers.findByEmail(req.email()).ifPresent(c -> {
            throw new DuplicateCustomerException(req.email());
        });
        Customer customer = new Customer();
        customer.setFullName(req.fullName());
        customer.setEmail(req.email());
        customer.setPhone(req.phone());
        customer.setCollectionAddress(req.collectionAddress());
        customer.setPostcode(req.postcode());
        Customer saved = customers.save(customer);
        log.info("customer registered {}", saved);
        audit.record("customer.create", "web", saved.getId());
        freshchat.createUser(saved);
        return Map.of("id", saved.getId());
    }

    @PatchMapping("/{id}")
    public Map<String, String> update(@PathVariable String id, @RequestBody CustomerRequest req) {
        Customer customer = customers.findById(id).orElseThrow();
        String before = customer.toString();
        if (req.phone() != null) customer.setPhone(req.phone());
        if (req.collectionAddress() != null) customer.setCollectionAddress(req.collectionAddress());
        customers.save(customer);
        audit.recordChange("customer.update", id, before, customer);
        log.info("customer {} updated", id);
        return Map.of("id", id);
    }

    @ResponseStatus(HttpStatus.CONFLICT)
    public static class DuplicateCustomerException extends RuntimeException {
        public DuplicateCustomerException(String email) {
            super("customer already registered: " + email);
        }
    }
}
