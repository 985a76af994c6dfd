package com.acme.billing;

import lombok.Data;
import lombok.ToString;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Refunds go back to the card the gateway charged. */
public class RefundService {
    private static final Logger log = LoggerFactory.getLogger(RefundService.class);

    @Data
    static class RefundRequest {
        private String chargeId;
        private String cardNumber;
        private long amountCents;
    }

    @Data
    static class RefundReceipt {
        private String chargeId;
        @ToString.Exclude
        private String cardNumber;
        private String cardLast4;
    }

    public void refund(RefundRequest request, RefundReceipt receipt) {
        log.info("refund requested: {}", request); // expect: card_data_logging
        log.info("refund done: {}", receipt);
        log.info("refund of {} for charge {}", request.getAmountCents(), request.getChargeId());
    }
}
