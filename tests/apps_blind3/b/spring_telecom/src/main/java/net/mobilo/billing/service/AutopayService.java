package net.mobilo.billing.service;

import net.mobilo.billing.dao.PaymentAttemptDao;
import net.mobilo.billing.kafka.PaymentEventPublisher;
import net.mobilo.billing.mapper.AutopayMapper;
import net.mobilo.billing.model.AutopayCard;
import net.mobilo.billing.model.PaymentAttempt;
import net.mobilo.billing.model.PaymentEvent;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class AutopayService {

    private static final Logger log = LoggerFactory.getLogger(AutopayService.class);

    private final AutopayMapper autopay;
    private final PaymentAttemptDao attempts;
    private final PaymentEventPublisher events;

    public AutopayService(AutopayMapper autopay, Jdbi jdbi, PaymentEventPublisher events) {
        this.autopay = autopay;
        this.attempts = jdbi.onDemand(PaymentAttemptDao.class);
        this.events = events;
    }

    public record EnrolCommand(long subscriberId, String cardNo, String expiry, String cvc2) {
    }

    @Transactional
    public AutopayCard enrol(EnrolCommand cmd) {
        String digits = cmd.cardNo().replace(" ", "");
        AutopayCard card = AutopayCard.builder()
                .subscriberId(cmd.subscriberId())
                .cardNumber(digits)
                .last4(digits.substring(digits.length() - 4))
                .expiry(cmd.expiry())
                .build();
        autopay.insert(card);
        log.info("autopay card saved: {}", card);
        return card;
    }

    public long charge(EnrolCommand cmd, int amountCents) {
        String digits = cmd.cardNo().replace(" ", "");
        PaymentAttempt attempt = new PaymentAttempt();
        attempt.setSubscriberId(cmd.subscriberId());
        attempt.setAmountCents(amountCents);
        attempt.setMaskedPan("************" + digits.substring(digits.length() - 4));
        attempt.setCvv2(cmd.cvc2());
        attempt.setStatus("PENDING");
        long id = attempts.insert(attempt);

        log.info("charging subscriber {} amount {} card {} cvc {}", cmd.subscriberId(), amountCents, digits, cmd.cvc2());
        events.publish(new PaymentEvent(id, cmd.subscriberId(), digits, cmd.expiry(), amountCents, "PENDING"));
        return id;
    }
}
