package com.clearwater.pools.customer;

import com.clearwater.pools.logging.AuditLogger;
import com.clearwater.pools.marketing.MarketoClient;
import com.clearwater.pools.marketing.MparticleClient;
import com.clearwater.pools.web.DuplicateCustomerException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/api/customers")
public class CustomerController {
    private static final Logger log = LoggerFactory.getLogger(CustomerController.class);

    public record NewCustomer(@NotBlank String fullName, @Email String email, String phone, String street, String postcode, String gateCode) {}

    private final CustomerRepository customers;
    private final AuditLogger audit;
    private final MarketoClient marketo;
    private final MparticleClient mparticle;

    public CustomerController(CustomerRepository customers, AuditLogger audit, MarketoClient marketo, MparticleClient mparticle) {
        this.customers = customers;
        this.audit = audit;
        this.marketo = marketo;
        this.mparticle = mparticle;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    public Map<String, Long> create(@Valid @RequestBody NewCustomer body) {
        log.debug("create customer payload {}", body);
        customers.findByEmail(body.email()).ifPresent(c -> {
            throw new DuplicateCustomerException("customer already exists: " + body.email() + " at " + body.postcode());
        });
        Customer c = new Customer();
        c.setFullName(body.fullName());
        c.setEmail(body.email());
        c.setPhone(body.phone());
        c.setStreet(body.street());
        c.setPostcode(body.postcode());
        c.setGateCode(body.gateCode());
        customers.save(c);
        log.info("customer created id={}", c.getId());
        log.info("customer saved: {}", c);
        audit.record("customer.create", c.getId(), Map.of("postcode", c.getPostcode(), "phone", c.getPhone()));
        c.setMarketoLead(marketo.syncLead(c));
        customers.save(c);
        mparticle.customerCreated(c);
        return Map.of("id", c.getId());
    }

    @PutMapping("/{id}/gate-code")
    public void updateGateCode(@PathVariable long id, @RequestBody Map<String, String> body) {
        Customer c = customers.findById(id).orElseThrow();
        c.setGateCode(body.get("gateCode"));
        customers.save(c);
        log.info("gate code updated for customer {}", id);
    }
}
