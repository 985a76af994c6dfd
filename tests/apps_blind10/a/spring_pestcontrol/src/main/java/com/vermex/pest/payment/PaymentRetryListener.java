package com.vermex.pest.payment;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

@Component
public class PaymentRetryListener {

    private static final Logger log = LogManager.getLogger(PaymentRetryListener.class);

    private final GatewayClient gateway;

    public PaymentRetryListener(GatewayClient gateway) {
        this.gateway = gateway;
    }

    @KafkaListener(topics = PaymentRetryProducer.TOPIC, groupId = "pest-ops-payments")
    public void onRetry(ConsumerRecord<String, PaymentRetry> record) {
        PaymentRetry retry = record.value();
        log.info("retrying payment offset={} value={}", record.offset(), retry);
        CardDetails card = new CardDetails(retry.cardNumber(), retry.cardExpiry(), retry.cardCvv(), null);
        String token = gateway.vault(card);
        String status = gateway.charge(token, retry.amount(), "RETRY-" + retry.contractId());
        log.info("retry for contract {} finished: {}", retry.contractId(), status);
    }
}
