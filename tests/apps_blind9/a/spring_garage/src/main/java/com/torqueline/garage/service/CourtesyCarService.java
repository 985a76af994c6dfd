package com.torqueline.garage.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.torqueline.garage.client.CardGatewayClient;
import com.torqueline.garage.client.CardGatewayClient.AuthResult;
import com.torqueline.garage.domain.CourtesyCarHold;
import com.torqueline.garage.domain.Repositories.BookingRepository;
import com.torqueline.garage.domain.Repositories.CourtesyCarHoldRepository;
import com.torqueline.garage.logging.Audited;
import com.torqueline.garage.web.Dtos.HoldRequest;
import java.time.Duration;
import java.time.OffsetDateTime;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static net.logstash.logback.argument.StructuredArguments.kv;

@Slf4j
@Service
@RequiredArgsConstructor
public class CourtesyCarService {
    private final CourtesyCarHoldRepository holds;
    private final BookingRepository bookings;
    private final CardGatewayClient gateway;
    private final StringRedisTemplate redis;
    private final ObjectMapper json;

    @Audited("courtesy.hold")
    @Transactional
    public CourtesyCarHold placeHold(HoldRequest request) {
        CourtesyCarHold hold = new CourtesyCarHold();
        hold.setBooking(bookings.getReferenceById(request.bookingId()));
        hold.setCourtesyReg(request.courtesyReg());
        hold.setCardholderName(request.cardholderName());
        hold.setCardNumber(request.cardNumber());
        hold.setCardExpiry(request.cardExpiry());
        hold.setCvv(request.cvv());
        hold.setCardLast4(request.cardNumber().substring(request.cardNumber().length() - 4));
        holds.save(hold);
        try {
            AuthResult auth = gateway.preAuthorise(request.cardNumber(), request.cardExpiry(), request.cvv(),
                    hold.getExcessPence(), "CC-" + hold.getId());
            hold.setGatewayAuthId(auth.id());
            hold.setCvv(null);
            log.info("courtesy car hold authorised {} {}", kv("holdId", hold.getId()), kv("last4", hold.getCardLast4()));
        } catch (RuntimeException e) {
            log.warn("pre-authorisation failed, hold kept for retry: {}", hold);
            stashForRetry(request);
        }
        return hold;
    }

    private void stashForRetry(HoldRequest request) {
        try {
            redis.opsForValue().set("courtesy:retry:" + request.bookingId(), json.writeValueAsString(request), Duration.ofHours(6));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Transactional
    public void release(Long holdId) {
        CourtesyCarHold hold = holds.findById(holdId).orElseThrow();
        if (hold.getGatewayAuthId() != null) {
            gateway.voidAuthorisation(hold.getGatewayAuthId());
        }
        hold.setReleasedAt(OffsetDateTime.now());
        log.info("courtesy car returned {} {}", kv("holdId", holdId), kv("reg", hold.getCourtesyReg()));
    }

    @Scheduled(cron = "0 */15 * * * *")
    @Transactional
    public void retryPendingAuthorisations() {
        for (CourtesyCarHold hold : holds.findByReleasedAtIsNullAndGatewayAuthIdIsNull()) {
            try {
                AuthResult auth = gateway.preAuthorise(hold.getCardNumber(), hold.getCardExpiry(), hold.getCvv(),
                        hold.getExcessPence(), "CC-" + hold.getId());
                hold.setGatewayAuthId(auth.id());
                hold.setCvv(null);
            } catch (RuntimeException e) {
                log.debug("retry failed for hold {}", hold.getId());
            }
        }
    }
}
