package uk.co.whitlowbells.foundry.jobs;

import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.scheduling.annotation.Async;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import uk.co.whitlowbells.foundry.domain.Commission;
import uk.co.whitlowbells.foundry.domain.Customer;
import uk.co.whitlowbells.foundry.repo.CommissionRepository;
import uk.co.whitlowbells.foundry.repo.CustomerRepository;
import uk.co.whitlowbells.foundry.service.LemlistService;

@Component
public class FollowUpJobs {
    private static final Logger log = LoggerFactory.getLogger(FollowUpJobs.class);

    private final CustomerRepository customers;
    private final CommissionRepository commissions;
    private final LemlistService lemlist;
    private final RestClient towerRegister;
    private final RestClient dioceseFeed;

    public FollowUpJobs(CustomerRepository customers, CommissionRepository commissions, LemlistService lemlist,
                        @Qualifier("towerRegisterClient") RestClient towerRegister,
                        @Qualifier("dioceseFeedClient") RestClient dioceseFeed) {
        this.customers = customers;
        this.commissions = commissions;
        this.lemlist = lemlist;
        this.towerRegister = towerRegister;
        this.dioceseFeed = dioceseFeed;
    }

    @Async
    public void enrolInCampaign(long customerId) {
        Customer c = customers.findById(customerId).orElseThrow();
        lemlist.addLead(c);
        log.info("lemlist lead added customerId={}", customerId);
    }

    @Async
    public void notifyTowerRegister(long commissionId) {
        Commission commission = commissions.findById(commissionId).orElseThrow();
        Customer c = customers.findById(commission.customerId()).orElseThrow();
        towerRegister.post().uri("/installations")
                .body(Map.of("parish", c.getParish(), "contact", c.getFullName(), "contactPhone", c.getPhone(),
                        "bells", commission.bellCount()))
                .retrieve().toBodilessEntity();
    }

    @Scheduled(cron = "0 15 6 * * *")
    public void pushDioceseFeed() {
        for (Commission commission : commissions.findAll()) {
            dioceseFeed.post().uri("/commissions")
                    .body(Map.of("id", commission.id(), "bells", commission.bellCount(), "status", commission.status()))
                    .retrieve().toBodilessEntity();
        }
    }
}
