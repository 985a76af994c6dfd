package com.verminguard.field.jobs;

import java.time.LocalDate;

import com.verminguard.field.clients.Clients;
import com.verminguard.field.clients.GatewayException;
import com.verminguard.field.contract.ContractCard;
import com.verminguard.field.contract.ContractRepository;

import io.helidon.config.Config;
import io.helidon.scheduling.Scheduling;

/** Quarterly contract billing from the kept card. */
public class RenewalScheduler {

    private static final System.Logger LOGGER = System.getLogger(RenewalScheduler.class.getName());

    private final ContractRepository contracts;
    private final Clients clients;
    private final String cron;

    public RenewalScheduler(ContractRepository contracts, Clients clients, Config billing) {
        this.contracts = contracts;
        this.clients = clients;
        this.cron = billing.get("renewal-cron").asString().orElse("0 0 5 * * ?");
    }

    public void start() {
        Scheduling.cron()
                .expression(cron)
                .task(inv -> renewDue())
                .build();
    }

    void renewDue() {
        for (ContractCard card : contracts.dueOn(LocalDate.now())) {
            try {
                clients.gateway().charge(card.cardNumber(), card.cardExpiry(), card.cardCvv(),
                        card.pricePence(), "contract-" + card.contractId());
                contracts.advance(card.contractId());
                LOGGER.log(System.Logger.Level.INFO, "contract {0} renewed on card ending {1}",
                        card.contractId(), card.cardLast4());
            } catch (GatewayException e) {
                LOGGER.log(System.Logger.Level.WARNING, "renewal failed for {0}", card);
            }
        }
    }
}
