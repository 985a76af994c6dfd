package uk.co.whitlowbells.foundry.web;

import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import uk.co.whitlowbells.foundry.domain.Commission;
import uk.co.whitlowbells.foundry.repo.CommissionRepository;

@RestController
public class ReceiptController {
    private static final Logger log = LoggerFactory.getLogger(ReceiptController.class);
    private final CommissionRepository commissions;

    public ReceiptController(CommissionRepository commissions) {
        this.commissions = commissions;
    }

    @GetMapping("/api/commissions/{id}/receipt")
    public Map<String, Object> receipt(@PathVariable long id) {
        Commission c = commissions.findById(id).orElseThrow();
        log.info("receipt viewed commissionId={} last4={}", c.id(), c.depositLast4());
        return Map.of("id", c.id(), "bells", c.bellCount(), "card", "**** " + c.depositLast4(),
                "token", c.depositToken());
    }
}
