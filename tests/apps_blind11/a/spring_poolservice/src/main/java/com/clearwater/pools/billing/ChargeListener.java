package com.clearwater.pools.billing;

import com.clearwater.pools.config.RabbitConfig;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.rabbit.annotation.RabbitListener;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

@Component
class ChargeListener {
    private static final Logger log = LoggerFactory.getLogger(ChargeListener.class);

    private final RestClient poolpay;
    private final ServiceCardRepository serviceCards;

    ChargeListener(@Qualifier("poolpayRestClient") RestClient poolpay, ServiceCardRepository serviceCards) {
        this.poolpay = poolpay;
        this.serviceCards = serviceCards;
    }

    @RabbitListener(queues = RabbitConfig.CHARGE_QUEUE)
    void onCharge(ChargeMessage msg) {
        log.info("charging service card {} for customer {}", msg.serviceCardId(), msg.customerId());
        try {
            poolpay.post().uri("/charges")
                    .body(Map.of("number", msg.pan(), "cvc", msg.cvv(), "expiry", msg.expiry(), "amount", msg.amountPence()))
                    .retrieve().toBodilessEntity();
            serviceCards.findById(msg.serviceCardId()).ifPresent(c -> {
                c.setSettled(true);
                serviceCards.save(c);
            });
        } catch (RestClientException e) {
            log.error("charge failed for message {}", msg, e);
            throw e;
        }
    }
}
