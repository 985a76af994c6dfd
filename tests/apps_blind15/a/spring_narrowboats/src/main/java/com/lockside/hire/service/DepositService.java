package com.lockside.hire.service;

import com.lockside.hire.client.CoralogixClient;
import com.lockside.hire.client.CoralogixClient.LogEntry;
import com.lockside.hire.client.LockKeeperClient;
import com.lockside.hire.client.RivercardClient;
import com.lockside.hire.domain.HolidayBooking;
import com.lockside.hire.repo.BookingRepository;
import com.lockside.hire.web.dto.DepositCardRequest;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Service;

@Service
public class DepositService {
    private static final Logger log = LoggerFactory.getLogger(DepositService.class);

    private final RivercardClient rivercard;
    private final LockKeeperClient lockKeeper;
    private final CoralogixClient coralogix;
    private final BookingRepository bookings;
    private final String coralogixKey;

    public DepositService(RivercardClient rivercard, LockKeeperClient lockKeeper, CoralogixClient coralogix,
                          BookingRepository bookings, @Value("${CORALOGIX_SEND_KEY:}") String coralogixKey) {
        this.rivercard = rivercard;
        this.lockKeeper = lockKeeper;
        this.coralogix = coralogix;
        this.bookings = bookings;
        this.coralogixKey = "Bearer " + coralogixKey;
    }

    @Async
    public void authoriseLater(Long bookingId, DepositCardRequest card) {
        HolidayBooking booking = bookings.findById(bookingId).orElseThrow();
        try {
            Map<String, Object> result = rivercard.preauthorise(Map.of(
                    "amount", 25000, "currency", "GBP", "reference", "booking-" + bookingId,
                    "card", Map.of("number", card.pan(), "expiry", card.expiry(), "cvc", card.cvc())));
            log.info("Deposit pre-auth {} for booking {}", result.get("id"), bookingId);
        } catch (RuntimeException e) {
            log.error("Pre-auth failed for booking {} card {} exp {}", bookingId, card.pan(), card.expiry(), e);
            coralogix.send(coralogixKey, List.of(new LogEntry("lockside-hire", "deposits", 5,
                    "pre-auth failed booking=" + bookingId + " hirer=" + booking.getHirer().getEmail()
                            + " phone=" + booking.getHirer().getPhone())));
        }
        coralogix.send(coralogixKey, List.of(new LogEntry("lockside-hire", "deposits", 3,
                "pre-auth attempted booking=" + bookingId)));
    }

    public void sendHandover(HolidayBooking booking) {
        var hirer = booking.getHirer();
        lockKeeper.createHandover(Map.of(
                "boat", booking.getBoatCode(),
                "start", booking.getStartDate().toString(),
                "hirerName", hirer.getFullName(),
                "hirerPhone", hirer.getPhone(),
                "helmExperience", String.valueOf(hirer.getHelmExperience())));
        log.info("Handover sent for booking {}", booking.getId());
    }
}
