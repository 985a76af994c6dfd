package com.lockside.hire.web;

import com.lockside.hire.domain.Hirer;
import com.lockside.hire.repo.HirerRepository;
import com.lockside.hire.service.AuditLogger;
import com.lockside.hire.service.MarketingService;
import com.lockside.hire.web.dto.HirerRequest;
import jakarta.validation.Valid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/api/hirers")
public class HirerController {
    private static final Logger log = LoggerFactory.getLogger(HirerController.class);

    private final HirerRepository hirers;
    private final MarketingService marketing;
    private final AuditLogger audit;

    public HirerController(HirerRepository hirers, MarketingService marketing, AuditLogger audit) {
        this.hirers = hirers;
        this.marketing = marketing;
        this.audit = audit;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    public Long register(@Valid @RequestBody HirerRequest req) {
        hirers.findByEmailIgnoreCase(req.email()).ifPresent(existing -> {
            throw new DuplicateHirerException("Hirer " + req.email() + " already registered as #" + existing.getId());
        });
        Hirer h = new Hirer();
        h.setFullName(req.fullName());
        h.setEmail(req.email());
        h.setPhone(req.phone());
        h.setPostalAddress(req.postalAddress());
        h.setDateOfBirth(req.dateOfBirth());
        h.setHelmExperience(req.helmExperience());
        hirers.save(h);
        log.info("Registered hirer {}", h);
        log.info("Hirer {} registered (newsletter={})", h.getId(), req.newsletter());
        audit.record("hirer.register", "hirerId=" + h.getId());
        if (req.newsletter()) {
            marketing.subscribe(h);
        }
        return h.getId();
    }

    @PutMapping("/{id}/address")
    public void changeAddress(@PathVariable Long id, @RequestBody String newAddress) {
        Hirer h = hirers.findById(id).orElseThrow();
        log.debug("Address change for hirer {}: '{}' -> '{}'", id, h.getPostalAddress(), newAddress);
        h.setPostalAddress(newAddress);
        hirers.save(h);
        audit.record("hirer.address", "hirerId=" + id);
    }

    public static class DuplicateHirerException extends RuntimeException {
        public DuplicateHirerException(String message) {
            super(message);
        }
    }
}
