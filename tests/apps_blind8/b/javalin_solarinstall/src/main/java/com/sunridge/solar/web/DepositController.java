package com.sunridge.solar.web;

import static io.javalin.apibuilder.ApiBuilder.post;

import com.google.common.flogger.FluentLogger;
import com.sunridge.solar.model.CardInput;
import com.sunridge.solar.service.DepositService;
import com.sunridge.solar.service.GatewayClient;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Map;

public class DepositController {
    private static final FluentLogger logger = FluentLogger.forEnclosingClass();

    public record DepositRequest(long customerId, long quoteId, long amountCents, boolean keepForBalance,
                                 String holderName, String cardNumber, int expMonth, int expYear, String cvc) {}

    private final DepositService service;

    public DepositController(DepositService service) {
        this.service = service;
    }

    public void routes() {
        post("api/deposits", this::create);
    }

    void create(Context ctx) {
        DepositRequest req = ctx.bodyAsClass(DepositRequest.class);
        CardInput card = new CardInput(req.holderName(), req.cardNumber(), req.expMonth(), req.expYear(), req.cvc());
        try {
            GatewayClient.Charge charge = service.takeDeposit(req.customerId(), req.quoteId(), req.amountCents(), card,
                    req.keepForBalance());
            ctx.status(HttpStatus.CREATED).json(Map.of("chargeId", charge.id(), "last4", charge.last4()));
        } catch (IllegalStateException declined) {
            logger.atWarning().log("deposit declined: %s", req);
            ctx.status(HttpStatus.PAYMENT_REQUIRED).json(Map.of("error", "declined"));
        }
    }
}
