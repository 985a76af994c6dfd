package com.cellardoor.tours.messaging;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.rabbit.annotation.RabbitListener;
import org.springframework.stereotype.Component;

import com.cellardoor.tours.payments.VinPayGateway;
import com.cellardoor.tours.payments.VinPayGateway.CardInput;

@Component
public class DepositRetryListener {

    private static final Logger log = LoggerFactory.getLogger(DepositRetryListener.class);

    private final VinPayGateway gateway;

    public DepositRetryListener(VinPayGateway gateway) {
        this.gateway = gateway;
    }

    @RabbitListener(queues = "${cellardoor.deposit-retry-queue}")
    public void onRetry(Map<String, Object> message) {
        log.info("deposit retry received for booking {}", message.get("bookingId"));
        var card = new CardInput((String) message.get("number"), (String) message.get("cvv"), (String) message.get("expiry"), null);
        try {
            var auth = gateway.authorise(4500L, card);
            log.info("retry result approved={} lastFour={}", auth.approved(), auth.lastFour());
        } catch (RuntimeException e) {
            log.error("retry failed for message {}", message, e);
            throw e;
        }
    }
}
