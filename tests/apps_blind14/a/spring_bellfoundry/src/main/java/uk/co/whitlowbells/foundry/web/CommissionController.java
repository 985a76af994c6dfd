package uk.co.whitlowbells.foundry.web;

import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;
import uk.co.whitlowbells.foundry.domain.Commission;
import uk.co.whitlowbells.foundry.domain.CommissionRequest;
import uk.co.whitlowbells.foundry.domain.Customer;
import uk.co.whitlowbells.foundry.jobs.FollowUpJobs;
import uk.co.whitlowbells.foundry.repo.CommissionRepository;
import uk.co.whitlowbells.foundry.repo.CustomerRepository;
import uk.co.whitlowbells.foundry.service.AuditLogger;
import uk.co.whitlowbells.foundry.service.DepositService;

@RestController
@RequestMapping("/api/commissions")
public class CommissionController {
    private static final Logger log = LoggerFactory.getLogger(CommissionController.class);

    private final CustomerRepository customers;
    private final CommissionRepository commissions;
    private final DepositService deposits;
    private final FollowUpJobs followUps;
    private final AuditLogger audit;

    public CommissionController(CustomerRepository customers, CommissionRepository commissions,
                                DepositService deposits, FollowUpJobs followUps, AuditLogger audit) {
        this.customers = customers;
        this.commissions = commissions;
        this.deposits = deposits;
        this.followUps = followUps;
        this.audit = audit;
    }

    @PostMapping
    public ResponseEntity<Map<String, Object>> create(@RequestBody CommissionRequest req) {
        log.info("commission enquiry {}", req);
        log.info("commission enquiry bells={} tenorKg={}", req.bellCount(), req.tenorWeightKg());

        Customer customer = customers.findByEmail(req.email()).orElseGet(() -> customers.save(
                new Customer(req.fullName(), req.email(), req.phone(), req.parish(), req.postalAddress())));
        log.info("customer resolved {}", customer);
        log.info("customer resolved id={}", customer.getId());

        Commission commission = commissions.save(new Commission(null, customer.getId(), req.bellCount(),
                req.tenorWeightKg(), req.inscription(), null, null, "ENQUIRY"));
        log.info("commission saved {}", commission);

        deposits.takeDeposit(commission, customer, req.card(), req.keepCardOnFile());
        audit.commissionCreated(commission.id(), customer.getId());
        followUps.enrolInCampaign(customer.getId());
        followUps.notifyTowerRegister(commission.id());
        return ResponseEntity.status(201).body(Map.of("id", commission.id()));
    }

    @PutMapping("/customers/{id}")
    public Customer updateCustomer(@PathVariable long id, @RequestBody Customer changed) {
        Customer before = customers.findById(id).orElseThrow();
        Customer after = customers.save(changed);
        audit.customerChanged(before, after);
        return after;
    }
}
