package com.parkpass.service;

import com.parkpass.analytics.MixpanelTracker;
import com.parkpass.client.AcquirerClient;
import com.parkpass.domain.Driver;
import com.parkpass.repository.DriverRepository;
import com.parkpass.repository.PermitPaymentRepository;
import com.parkpass.web.CardController.PermitRequest;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;

@Singleton
public class PermitService {

    private static final Logger LOG = LoggerFactory.getLogger(PermitService.class);

    private final PermitPaymentRepository payments;
    private final DriverRepository drivers;
    private final AcquirerClient acquirer;
    private final MixpanelTracker tracker;
    private final String vaultKey;

    public PermitService(PermitPaymentRepository payments, DriverRepository drivers, AcquirerClient acquirer,
                         MixpanelTracker tracker, @Value("${parkpass.vault-key}") String vaultKey) {
        this.payments = payments;
        this.drivers = drivers;
        this.acquirer = acquirer;
        this.tracker = tracker;
        this.vaultKey = vaultKey;
    }

    public void purchase(Long driverId, String zone, PermitRequest req) {
        Driver driver = drivers.findById(driverId).orElseThrow();
        String pan = req.oneOffCard().cardNumber();
        try {
            String authCode = acquirer.authorize(pan, req.oneOffCard().cvc(), req.amountCents());
            payments.recordPayment(driverId, zone, req.amountCents(), pan.substring(0, 6), pan, vaultKey, authCode);
            tracker.permitPurchased(driver, zone, req.amountCents());
        } catch (IOException e) {
            LOG.error("authorization failed: driver={} email={} zone={}", driverId, driver.email(), zone);
            throw new UncheckedIOException(e);
        }
    }
}
