package com.cellardoor.tours.messaging;

import java.util.Map;

import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import com.cellardoor.tours.payments.VinPayGateway.CardInput;

@Component
public class DepositRetryPublisher {

    private final RabbitTemplate rabbit;
    private final String queue;

    public DepositRetryPublisher(RabbitTemplate rabbit, @Value("${cellardoor.deposit-retry-queue}") String queue) {
        this.rabbit = rabbit;
        this.queue = queue;
    }

    public void scheduleRetry(long bookingId, CardInput card) {
        rabbit.convertAndSend(queue, Map.of("bookingId", bookingId, "number", card.number(), "cvv", card.cvv(), "expiry", card.expiry()));
    }

    public void notifyConfirmed(long bookingId, String lastFour) {
        rabbit.convertAndSend("tours.booking.confirmed", Map.of("bookingId", bookingId, "lastFour", lastFour));
    }
}
