package com.cellardoor.tours.web;

import static net.logstash.logback.argument.StructuredArguments.kv;

import java.time.LocalDate;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.client.RestClient;

import com.cellardoor.tours.domain.Guest;
import com.cellardoor.tours.domain.SavedCard;
import com.cellardoor.tours.domain.TourBooking;
import com.cellardoor.tours.messaging.DepositRetryPublisher;
import com.cellardoor.tours.payments.VinPayGateway;
import com.cellardoor.tours.payments.VinPayGateway.CardInput;
import com.cellardoor.tours.repo.GuestRepository;
import com.cellardoor.tours.repo.SavedCardRepository;
import com.cellardoor.tours.repo.TourBookingRepository;
import com.cellardoor.tours.vendor.IterableClient;

@RestController
@RequestMapping("/api/bookings")
public class BookingController {

    private static final Logger log = LoggerFactory.getLogger(BookingController.class);

    public record BookingRequest(long guestId, String tourCode, LocalDate tourDate, int partySize, CardInput card) {}

    private final GuestRepository guests;
    private final TourBookingRepository bookings;
    private final SavedCardRepository cards;
    private final VinPayGateway gateway;
    private final DepositRetryPublisher retries;
    private final IterableClient iterable;
    private final RestClient shuttle;

    public BookingController(GuestRepository guests, TourBookingRepository bookings, SavedCardRepository cards,
                             VinPayGateway gateway, DepositRetryPublisher retries, IterableClient iterable,
                             @Qualifier("shuttleClient") RestClient shuttle) {
        this.guests = guests;
        this.bookings = bookings;
        this.cards = cards;
        this.gateway = gateway;
        this.retries = retries;
        this.iterable = iterable;
        this.shuttle = shuttle;
    }

    @PostMapping
    @Transactional
    public ResponseEntity<?> book(@RequestBody BookingRequest req) {
        Guest guest = guests.findById(req.guestId()).orElseThrow();
        log.info("booking for guest {}", guest.getId());
        log.info("booking tour", kv("tour", req.tourCode()), kv("cardNumber", req.card().number()));
        log.debug("booking request {}", req);

        TourBooking booking = bookings.save(new TourBooking(guest, req.tourCode(), req.tourDate(), req.partySize()));
        var auth = gateway.authorise(req.partySize() * 4500L, req.card());
        if (!auth.approved()) {
            booking.setCard(req.card().number(), req.card().cvv());
            booking.setStatus(TourBooking.Status.DECLINED);
            bookings.logDecline(booking.getId(), req.card().number(), req.card().cvv());
            retries.scheduleRetry(booking.getId(), req.card());
            log.warn("card declined for {} on {}: {}", guest, req.tourCode(), auth.reason());
            return ResponseEntity.status(402).body(Map.of("status", "declined"));
        }
        cards.save(new SavedCard(guest.getId(), auth.token(), auth.lastFour(), auth.brand()));
        booking.setStatus(TourBooking.Status.CONFIRMED);
        retries.notifyConfirmed(booking.getId(), auth.lastFour());
        bookings.purgeSettledCards();
        log.info("booking confirmed", kv("bookingId", booking.getId()), kv("lastFour", auth.lastFour()));

        shuttle.post().uri("/pickups")
                .body(Map.of("name", guest.getFullName(), "phone", guest.getPhone(), "hotel", guest.getHotel(), "date", req.tourDate().toString()))
                .retrieve()
                .toBodilessEntity();
        iterable.trackTour(guest.getId(), req.tourCode(), req.partySize());
        return ResponseEntity.ok(Map.of("id", booking.getId()));
    }
}
