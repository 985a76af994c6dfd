package com.warmwell.boiler.messaging;

import com.warmwell.boiler.config.AmqpConfig;
import com.warmwell.boiler.domain.DepositRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.stereotype.Component;

@Component
public class DepositPublisher {
    private static final Logger log = LoggerFactory.getLogger(DepositPublisher.class);
    private final RabbitTemplate rabbit;

    public DepositPublisher(RabbitTemplate rabbit) {
        this.rabbit = rabbit;
    }

    public void publish(DepositRequest req) {
        rabbit.convertAndSend(AmqpConfig.DEPOSITS, req, m -> {
            m.getMessageProperties().setDeliveryMode(MessageDeliveryMode.PERSISTENT);
            return m;
        });
        log.info("queued callout deposit {}", req);
    }
}
