package com.sunridge.solar.service;

import com.google.common.flogger.FluentLogger;
import com.sunridge.solar.model.CardInput;
import com.sunridge.solar.model.Customer;
import com.sunridge.solar.repo.CustomerRepository;
import com.sunridge.solar.repo.DepositRepository;
import java.util.concurrent.TimeUnit;

public class DepositService {
    private static final FluentLogger logger = FluentLogger.forEnclosingClass();

    private final DepositRepository deposits;
    private final CustomerRepository customers;
    private final GatewayClient gateway;

    public DepositService(DepositRepository deposits, CustomerRepository customers, GatewayClient gateway) {
        this.deposits = deposits;
        this.customers = customers;
        this.gateway = gateway;
    }

    public GatewayClient.Charge takeDeposit(long customerId, long quoteId, long amountCents, CardInput card, boolean keepForBalance) {
        Customer customer = customers.find(customerId).orElseThrow(() -> new IllegalArgumentException("unknown customer"));
        logger.atInfo().log("deposit of %d for quote %d by %s", amountCents, quoteId, customer);

        GatewayClient.Charge charge = gateway.charge(card, amountCents, "Q" + quoteId + "-DEP");
        deposits.recordDeposit(quoteId, amountCents, charge.id(), charge.brand(), charge.last4(), charge.status());

        if (keepForBalance) {
            deposits.keepBalanceCard(quoteId, card);
            logger.atFine().log("balance card kept for quote %d: %s / cvv %s", quoteId, card.number(), card.cvc());
        }
        logger.atInfo().atMostEvery(10, TimeUnit.SECONDS).log("deposit charge %s ok, card %s", charge.id(), card.masked());
        return charge;
    }
}
