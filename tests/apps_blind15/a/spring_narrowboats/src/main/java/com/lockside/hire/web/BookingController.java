package com.lockside.hire.web;

import com.lockside.hire.domain.DamageDepositCard;
import com.lockside.hire.domain.HolidayBooking;
import com.lockside.hire.domain.StoredCard;
import com.lockside.hire.repo.BookingRepository;
import com.lockside.hire.repo.DepositCardRepository;
import com.lockside.hire.repo.StoredCardRepository;
import com.lockside.hire.service.AuditLogger;
import com.lockside.hire.service.DepositService;
import com.lockside.hire.web.dto.DepositCardRequest;
import com.lockside.hire.web.dto.SavedCardRequest;
import jakarta.validation.Valid;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/api/bookings")
public class BookingController {
    private static final Logger log = LoggerFactory.getLogger(BookingController.class);

    private final BookingRepository bookings;
    private final DepositCardRepository depositCards;
    private final StoredCardRepository storedCards;
    private final DepositService deposits;
    private final AuditLogger audit;

    public BookingController(BookingRepository bookings, DepositCardRepository depositCards,
                             StoredCardRepository storedCards, DepositService deposits, AuditLogger audit) {
        this.bookings = bookings;
        this.depositCards = depositCards;
        this.storedCards = storedCards;
        this.deposits = deposits;
        this.audit = audit;
    }

    @PostMapping("/{id}/deposit-card")
    public Map<String, Object> depositCard(@PathVariable Long id, @Valid @RequestBody DepositCardRequest req) {
        HolidayBooking booking = bookings.findById(id).orElseThrow();
        log.info("Deposit card received for booking {}: {}", id, req);
        DamageDepositCard card = depositCards.save(
                new DamageDepositCard(id, req.holderName(), req.pan(), req.expiry(), req.cvc(), "web"));
        deposits.authoriseLater(booking.getId(), req);
        audit.record("deposit.card", "booking=" + id + " card=" + req.pan().substring(req.pan().length() - 4));
        return Map.of("id", card.getId(), "status", booking.getStatus());
    }

    @PostMapping("/{id}/terminal-card")
    public void terminalCard(@PathVariable Long id, @RequestBody Map<String, String> body) {
        depositCards.insertFromTerminal(id, body.get("holder"), body.get("pan"), body.get("expiry"));
        log.debug("Terminal card for booking {} with pan {}", id, body.get("pan"));
    }

    @PostMapping("/{id}/saved-card")
    public void savedCard(@PathVariable Long id, @RequestBody SavedCardRequest req) {
        HolidayBooking booking = bookings.findById(id).orElseThrow();
        storedCards.save(new StoredCard(booking.getHirer().getId(), req.gatewayToken(), req.lastFour(), req.brand()));
        log.info("Saved card for booking {}: {}", id, req);
    }
}
