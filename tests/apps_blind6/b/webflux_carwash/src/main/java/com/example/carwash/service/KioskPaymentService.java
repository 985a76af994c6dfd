package com.example.carwash.service;

import com.example.carwash.domain.OfflineTxn;
import com.example.carwash.repo.Repositories.OfflineTxnRepository;
import com.example.carwash.web.CardSwipe;
import java.time.Duration;
import java.util.Map;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.stereotype.Service;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Service
public class KioskPaymentService {
    private static final Logger LOG = LogManager.getLogger(KioskPaymentService.class);

    private final WebClient gateway;
    private final WebClient kioskVendor;
    private final OfflineTxnRepository offline;
    private final ReactiveStringRedisTemplate redis;

    public KioskPaymentService(@Qualifier("gatewayClient") WebClient gateway,
                               @Qualifier("kioskVendorClient") WebClient kioskVendor,
                               OfflineTxnRepository offline,
                               ReactiveStringRedisTemplate redis) {
        this.gateway = gateway;
        this.kioskVendor = kioskVendor;
        this.offline = offline;
        this.redis = redis;
    }

    public Mono<String> authorize(CardSwipe swipe) {
        LOG.info("kiosk {} authorizing {} cents card={}", swipe.kioskId(), swipe.amountCents(), swipe.masked());
        return gateway.post()
                .uri("/authorizations")
                .bodyValue(Map.of("pan", swipe.pan(), "expiry", swipe.expiry(), "cvn", swipe.cvn(), "amount", swipe.amountCents()))
                .retrieve()
                .bodyToMono(Map.class)
                .map(body -> (String) body.get("authorization_id"))
                .doOnNext(id -> LOG.info("kiosk {} authorization {} approved", swipe.kioskId(), id))
                .onErrorResume(err -> {
                    LOG.warn("gateway unreachable, queueing offline swipe {}", swipe);
                    return offline.enqueue(swipe.kioskId(), swipe.pan(), swipe.cvn(), swipe.amountCents())
                            .thenReturn("offline-pending");
                });
    }

    public Mono<Boolean> rememberForReceipt(CardSwipe swipe, String ticketNumber) {
        return redis.opsForValue().set("receipt:" + ticketNumber, swipe.pan() + "|" + swipe.expiry(), Duration.ofHours(2));
    }

    public Mono<Boolean> rememberBay(String ticketNumber, String bay) {
        return redis.opsForValue().set("bay:" + ticketNumber, bay, Duration.ofMinutes(30));
    }

    public Flux<Long> replayOffline() {
        return offline.findAll()
                .flatMap(txn -> settle(txn).then(offline.markReplayed(txn.getId())).thenReturn(txn.getId()))
                .doOnComplete(() -> LOG.info("offline replay finished"));
    }

    private Mono<Void> settle(OfflineTxn txn) {
        LOG.debug("replaying offline txn id={} kiosk={} pan={}", txn.getId(), txn.getKioskId(), txn.getPrimaryAccountNumber());
        return kioskVendor.post()
                .uri("/replay")
                .bodyValue(Map.of("kiosk", txn.getKioskId(), "pan", txn.getPrimaryAccountNumber(), "cvn", txn.getCvn(), "amount", txn.getAmountCents()))
                .retrieve()
                .toBodilessEntity()
                .then();
    }
}
