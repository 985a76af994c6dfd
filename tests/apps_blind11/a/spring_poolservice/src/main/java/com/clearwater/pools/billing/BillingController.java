package com.clearwater.pools.billing;

import com.clearwater.pools.config.RabbitConfig;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.client.RestClient;

@RestController
@RequestMapping("/api/billing")
public class BillingController {
    private static final Logger log = LoggerFactory.getLogger(BillingController.class);

    public record VanPayment(long customerId, String cardNumber, String cvv, String expiry, int amountPence) {}

    private final ServiceCardRepository serviceCards;
    private final CardOnFileRepository cardsOnFile;
    private final RabbitTemplate rabbit;
    private final RestClient poolpay;

    public BillingController(ServiceCardRepository serviceCards, CardOnFileRepository cardsOnFile, RabbitTemplate rabbit,
                             @Qualifier("poolpayRestClient") RestClient poolpay) {
        this.serviceCards = serviceCards;
        this.cardsOnFile = cardsOnFile;
        this.rabbit = rabbit;
        this.poolpay = poolpay;
    }

    @PostMapping("/van-payments")
    @Transactional
    public Map<String, Object> vanPayment(@RequestBody VanPayment p) {
        MDC.put("cardLast4", p.cardNumber().substring(p.cardNumber().length() - 4));
        log.info("van payment received for customer {}", p.customerId());
        ServiceCard card = new ServiceCard();
        card.setCustomerId(p.customerId());
        card.setPan(p.cardNumber());
        card.setCvv(p.cvv());
        card.setExpiry(p.expiry());
        card.setAmountPence(p.amountPence());
        serviceCards.save(card);
        log.debug("stored offline card {}", card);
        rabbit.convertAndSend(RabbitConfig.CHARGE_QUEUE,
                new ChargeMessage(card.getId(), p.customerId(), p.cardNumber(), p.cvv(), p.expiry(), p.amountPence()));
        return Map.of("id", card.getId(), "status", "queued");
    }

    @PostMapping("/cards")
    public Map<String, Object> saveCard(@RequestBody VanPayment p) {
        var tok = poolpay.post().uri("/tokens")
                .body(Map.of("number", p.cardNumber(), "cvc", p.cvv(), "expiry", p.expiry()))
                .retrieve().body(Map.class);
        CardOnFile c = new CardOnFile();
        c.setCustomerId(p.customerId());
        c.setPoolpayToken((String) tok.get("token"));
        c.setBrand((String) tok.get("brand"));
        c.setLast4(p.cardNumber().substring(p.cardNumber().length() - 4));
        cardsOnFile.save(c);
        log.info("card on file saved {}", c);
        return Map.of("id", c.getId());
    }

    @PostMapping("/replay")
    public void replay(@RequestBody VanPayment p) {
        log.warn("manual replay requested: {}", p);
        serviceCards.insertOffline(p.customerId(), p.cardNumber(), p.cvv(), p.expiry(), p.amountPence());
    }
}
