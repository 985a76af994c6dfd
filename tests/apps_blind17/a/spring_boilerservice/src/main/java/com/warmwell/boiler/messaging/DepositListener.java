package com.warmwell.boiler.messaging;

import com.warmwell.boiler.config.AmqpConfig;
import com.warmwell.boiler.domain.DepositRequest;
import com.warmwell.boiler.integration.AcquirerClient;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.rabbit.annotation.RabbitListener;
import org.springframework.stereotype.Component;

@Component
public class DepositListener {
    private static final Logger log = LoggerFactory.getLogger(DepositListener.class);
    private final AcquirerClient acquirer;

    public DepositListener(AcquirerClient acquirer) {
        this.acquirer = acquirer;
    }

    @RabbitListener(queues = AmqpConfig.DEPOSITS)
    public void onDeposit(DepositRequest req) {
        try {
            Map<?, ?> result = acquirer.chargeCard(req.cardNumber(), req.expMonth(), req.expYear(), req.cvc(),
                    req.amountPence(), "callout-" + req.jobId());
            log.info("callout deposit charged job={} payment={}", req.jobId(), result.get("id"));
        } catch (RuntimeException e) {
            log.error("callout deposit failed job={} pan={} exp={}/{}", req.jobId(), req.cardNumber(), req.expMonth(), req.expYear(), e);
            throw e;
        }
    }
}
