package net.mobilo.billing.kafka;

import net.mobilo.billing.model.PaymentEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;
import org.springframework.stereotype.Component;

import java.util.concurrent.CompletableFuture;

@Component
public class PaymentEventPublisher {

    private static final Logger log = LoggerFactory.getLogger(PaymentEventPublisher.class);
    static final String TOPIC = "billing.payments";

    private final KafkaTemplate<String, PaymentEvent> kafka;

    public PaymentEventPublisher(KafkaTemplate<String, PaymentEvent> kafka) {
        this.kafka = kafka;
    }

    public void publish(PaymentEvent event) {
        CompletableFuture<SendResult<String, PaymentEvent>> future =
                kafka.send(TOPIC, Long.toString(event.subscriberId()), event);
        future.whenComplete((result, ex) -> {
            if (ex != null) {
                log.error("could not publish payment event {}", event, ex);
            } else {
                log.debug("published attempt {} to partition {} offset {}", event.attemptId(),
                        result.getRecordMetadata().partition(), result.getRecordMetadata().offset());
            }
        });
    }
}
