package com.windwardlofts.sails.jobs;

import com.windwardlofts.sails.domain.SailOrder;
import com.windwardlofts.sails.mapper.SailOrderMapper;
import com.windwardlofts.sails.service.PaymentService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

@Component
public class BalanceChargeJob {
    private static final Logger log = LoggerFactory.getLogger(BalanceChargeJob.class);

    private final SailOrderMapper orders;
    private final PaymentService payments;
    private final StringRedisTemplate redis;

    public BalanceChargeJob(SailOrderMapper orders, PaymentService payments, StringRedisTemplate redis) {
        this.orders = orders;
        this.payments = payments;
        this.redis = redis;
    }

    @Scheduled(cron = "0 30 6 * * *", zone = "Europe/London")
    public void chargeFinishedSails() {
        for (SailOrder order : orders.findAwaitingBalance()) {
            try {
                payments.chargeBalance(order);
            } catch (RuntimeException e) {
                log.error("balance charge failed for {}", order, e);
            }
        }
    }

    @Scheduled(fixedDelay = 900_000)
    public void retryDeclinedDeposits() {
        var keys = redis.keys("retry:deposit:*");
        if (keys == null) return;
        for (String key : keys) {
            String stored = redis.opsForValue().get(key);
            log.info("retrying declined deposit {} -> {}", key, stored);
        }
    }
}
