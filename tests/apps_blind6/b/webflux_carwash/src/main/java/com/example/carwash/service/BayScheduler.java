package com.example.carwash.service;

import com.example.carwash.repo.Repositories.MemberRepository;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

@Component
public class BayScheduler {
    private static final Logger log = LoggerFactory.getLogger(BayScheduler.class);
    private static final int BAYS = 6;

    private final ReactiveStringRedisTemplate redis;
    private final MemberRepository members;
    private final KioskPaymentService kiosk;

    public BayScheduler(ReactiveStringRedisTemplate redis, MemberRepository members, KioskPaymentService kiosk) {
        this.redis = redis;
        this.members = members;
        this.kiosk = kiosk;
    }

    @Scheduled(fixedDelayString = "PT1M")
    public void publishBayStatus() {
        Instant started = Instant.now();
        for (int bay = 1; bay <= BAYS; bay++) {
            String key = "bay-status:" + bay;
            redis.opsForValue().setIfAbsent(key, "free", Duration.ofMinutes(5)).subscribe();
        }
        log.debug("bay status refreshed bays={} took={}ms", BAYS, Duration.between(started, Instant.now()).toMillis());
    }

    @Scheduled(cron = "0 */15 * * * *")
    public void replayOfflineQueue() {
        kiosk.replayOffline()
                .count()
                .subscribe(n -> log.info("replayed {} offline kiosk transactions", n),
                        err -> log.error("offline replay failed", err));
    }

    @Scheduled(cron = "0 0 3 * * *")
    public void countMembersPerPlan() {
        for (String plan : new String[] {"basic", "unlimited", "fleet"}) {
            members.findByPlanName(plan)
                    .count()
                    .onErrorResume(err -> {
                        log.warn("plan count failed plan={} error={}", plan, err.toString());
                        return Mono.just(0L);
                    })
                    .subscribe(n -> log.info("plan={} members={}", plan, n));
        }
    }
}
