package com.vermex.pest.payment;

import java.math.BigDecimal;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

@Component
public class PaymentRetryProducer {

    static final String TOPIC = "vermex.payments.retry";
    private static final Logger log = LogManager.getLogger(PaymentRetryProducer.class);

    private final KafkaTemplate<String, Object> kafka;

    public PaymentRetryProducer(KafkaTemplate<String, Object> kafka) {
        this.kafka = kafka;
    }

    public void scheduleRetry(long contractId, BigDecimal amount, CardDetails card) {
        kafka.send(TOPIC, String.valueOf(contractId),
                new PaymentRetry(contractId, amount, card.number(), card.expiry(), card.cvv()));
        log.info("payment retry queued for contract {} ({})", contractId, card);
    }

    public void announceCharged(long contractId, String status) {
        kafka.send("vermex.payments.events", String.valueOf(contractId), new ChargeEvent(contractId, status));
    }

    public record ChargeEvent(long contractId, String status) {}
}
