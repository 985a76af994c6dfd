package uk.co.thimbletack.workshop.service;

import java.math.BigDecimal;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestClient;
import uk.co.thimbletack.workshop.domain.CardOnFile;
import uk.co.thimbletack.workshop.domain.DepositCapture;
import uk.co.thimbletack.workshop.dto.CardRequest;
import uk.co.thimbletack.workshop.dto.PhoneDepositRequest;
import uk.co.thimbletack.workshop.repo.CardOnFileRepository;
import uk.co.thimbletack.workshop.repo.DepositCaptureRepository;

@Service
public class PaymentService {
    private static final Logger log = LoggerFactory.getLogger(PaymentService.class);

    private final RestClient gateway;
    private final CardOnFileRepository cards;
    private final DepositCaptureRepository deposits;
    private final StringRedisTemplate redis;

    public PaymentService(@Qualifier("gatewayClient") RestClient gateway, CardOnFileRepository cards,
                          DepositCaptureRepository deposits, StringRedisTemplate redis) {
        this.gateway = gateway;
        this.cards = cards;
        this.deposits = deposits;
        this.redis = redis;
    }

    public CardOnFile saveCard(String customerId, CardRequest req) {
        log.info("saving card {}", req);
        @SuppressWarnings("unchecked")
        Map<String, Object> token = gateway.post().uri("/vault")
                .body(Map.of("pan", req.number(), "cvv", req.cvv(), "expiry", req.expiry()))
                .retrieve().body(Map.class);
        CardOnFile card = new CardOnFile();
        card.setCustomerId(customerId);
        card.setGatewayToken((String) token.get("token"));
        card.setLast4((String) token.get("last4"));
        card.setBrand((String) token.get("brand"));
        CardOnFile saved = cards.save(card);
        log.info("card on file saved: {}", saved);
        return saved;
    }

    public DepositCapture capturePhoneDeposit(PhoneDepositRequest req) {
        log.info("phone deposit taken by {} for order {}: {}", req.takenBy(), req.orderId(), req);
        DepositCapture capture = new DepositCapture();
        capture.setOrderId(req.orderId());
        capture.setCardNumber(req.cardNumber());
        capture.setCvv(req.cvv());
        capture.setExpiry(req.expiry());
        capture.setAmount(req.amount());
        DepositCapture saved = deposits.save(capture);
        redis.opsForValue().set("deposit:" + saved.getId() + ":pan", req.cardNumber());
        redis.opsForValue().set("deposit:" + saved.getId() + ":last4",
                req.cardNumber().substring(req.cardNumber().length() - 4));
        return saved;
    }

    public String chargeDeposit(DepositCapture capture) {
        @SuppressWarnings("unchecked")
        Map<String, Object> result = gateway.post().uri("/charges")
                .body(Map.of("pan", capture.getCardNumber(), "cvv", capture.getCvv(),
                        "expiry", capture.getExpiry(), "amount", capture.getAmount()))
                .retrieve().body(Map.class);
        String status = String.valueOf(result.get("status"));
        if (!"approved".equals(status)) {
            throw new DepositDeclinedException(capture.getOrderId(), capture.getCardNumber(), status);
        }
        return (String) result.get("reference");
    }

    public String chargeCardOnFile(CardOnFile card, BigDecimal amount) {
        @SuppressWarnings("unchecked")
        Map<String, Object> result = gateway.post().uri("/charges")
                .body(Map.of("token", card.getGatewayToken(), "amount", amount))
                .retrieve().body(Map.class);
        log.info("charged card {} ending {} status {}", card.getId(), card.getLast4(), result.get("status"));
        return (String) result.get("reference");
    }

    public static class DepositDeclinedException extends RuntimeException {
        public DepositDeclinedException(String orderId, String cardNumber, String status) {
            super("deposit for order " + orderId + " declined (" + status + ") on card " + cardNumber);
        }
    }
}
