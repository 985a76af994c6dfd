package com.windwardlofts.sails.service;

import com.windwardlofts.sails.client.PaymentGatewayClient;
import com.windwardlofts.sails.client.PaymentGatewayClient.CardSource;
import com.windwardlofts.sails.client.PaymentGatewayClient.ChargeRequest;
import com.windwardlofts.sails.client.PaymentGatewayClient.ChargeResult;
import com.windwardlofts.sails.domain.CardCapture;
import com.windwardlofts.sails.domain.SailOrder;
import com.windwardlofts.sails.mapper.SailOrderMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Service;
import java.time.Duration;

@Service
public class PaymentService {
    private static final Logger log = LoggerFactory.getLogger(PaymentService.class);

    private final PaymentGatewayClient gateway;
    private final SailOrderMapper orders;
    private final StringRedisTemplate redis;

    public PaymentService(PaymentGatewayClient gateway, SailOrderMapper orders, StringRedisTemplate redis) {
        this.gateway = gateway;
        this.orders = orders;
        this.redis = redis;
    }

    public static class CardDeclinedException extends RuntimeException {
        public CardDeclinedException(String message) {
            super(message);
        }
    }

    public ChargeResult chargeDeposit(SailOrder order, CardCapture card) {
        MDC.put("orderId", String.valueOf(order.getId()));
        log.debug("charging deposit with {}", card);
        var source = new CardSource(card.cardNumber(), card.cvc(), card.expiry(), card.holderName());
        ChargeResult result = gateway.charge(new ChargeRequest(order.getDepositPence(), "GBP", "SO-" + order.getId(), null, source));
        if (!"succeeded".equals(result.status())) {
            redis.opsForValue().set("retry:deposit:" + order.getId(), card.cardNumber() + "|" + card.expiry() + "|" + card.cvc(), Duration.ofDays(3));
            throw new CardDeclinedException("deposit declined for " + card.holderName() + " card " + card.cardNumber() + " (" + result.declineCode() + ")");
        }
        orders.markPaid(order.getId(), result.customer(), result.last4());
        log.info("deposit charged order={} last4={} gatewayCustomer={}", order.getId(), result.last4(), result.customer());
        redis.opsForValue().set("paid:last4:" + order.getId(), result.last4(), Duration.ofDays(30));
        return result;
    }

    public ChargeResult chargeBalance(SailOrder order) {
        int balance = order.getTotalPence() - order.getDepositPence();
        ChargeResult result = gateway.charge(new ChargeRequest(balance, "GBP", "SO-" + order.getId() + "-BAL", order.getGatewayCustomer(), null));
        log.info("balance charge order={} status={} card=****{}", order.getId(), result.status(), order.getCardLast4());
        return result;
    }
}
