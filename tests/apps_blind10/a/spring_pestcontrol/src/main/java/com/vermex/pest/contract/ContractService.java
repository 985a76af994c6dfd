package com.vermex.pest.contract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.vermex.pest.logging.Audit;
import com.vermex.pest.payment.GatewayClient;
import com.vermex.pest.payment.GatewayDeclinedException;
import com.vermex.pest.payment.PaymentRetryProducer;
import java.util.Map;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.web.reactive.function.client.WebClientRequestException;

@Service
public class ContractService {

    private static final Logger log = LogManager.getLogger(ContractService.class);

    private final ContractRepository contracts;
    private final GatewayClient gateway;
    private final PaymentRetryProducer retries;

    public ContractService(ContractRepository contracts, GatewayClient gateway, PaymentRetryProducer retries) {
        this.contracts = contracts;
        this.gateway = gateway;
        this.retries = retries;
    }

    public long open(NewContractRequest req) {
        try {
            String token = gateway.vault(req.card());
            long id = contracts.create(req.customerId(), req.siteName(), req.plan(), req.quarterlyFee(), token, req.card().last4());
            Audit.event("contract.opened", Map.of("contractId", id, "customerId", req.customerId(), "last4", req.card().last4()));
            return id;
        } catch (WebClientRequestException offline) {
            long id = contracts.create(req.customerId(), req.siteName(), req.plan(), req.quarterlyFee(), "pending", req.card().last4());
            contracts.parkSurveyCard(id, req.card());
            try {
                log.warn("gateway unreachable, survey card parked: {}", gateway.describe(req.card()));
            } catch (JsonProcessingException ignored) {
                log.warn("gateway unreachable, survey card parked for contract {}", id);
            }
            return id;
        }
    }

    @Scheduled(cron = "0 30 6 * * *")
    public void billDueContracts() {
        for (ServiceContract c : contracts.dueForBilling()) {
            String status = gateway.charge(c.cardToken(), c.quarterlyFee(), "Q-" + c.id());
            if (!"succeeded".equals(status)) {
                log.warn("quarterly charge failed {}", new GatewayDeclinedException(c.id(), status).getMessage());
                continue;
            }
            retries.announceCharged(c.id(), status);
            log.info("billed contract {} card ****{}", c.id(), c.cardLast4());
        }
    }
}
