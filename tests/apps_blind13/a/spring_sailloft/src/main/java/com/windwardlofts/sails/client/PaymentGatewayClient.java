package com.windwardlofts.sails.client;

import java.util.Map;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;

@HttpExchange("/payments")
public interface PaymentGatewayClient {

    record CardSource(String number, String cvc, String expiry, String holderName) {}

    record ChargeRequest(long amountPence, String currency, String reference, String customer, CardSource card) {}

    record ChargeResult(String id, String status, String customer, String last4, String declineCode) {}

    @PostExchange
    ChargeResult charge(@RequestBody ChargeRequest request);

    @PostExchange("/refunds")
    Map<String, Object> refund(@RequestBody Map<String, Object> request);
}
