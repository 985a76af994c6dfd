package com.cellardoor.tours.web;

import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;

import com.cellardoor.tours.domain.Guest;
import com.cellardoor.tours.logging.AuditLogger;
import com.cellardoor.tours.repo.GuestRepository;
import com.cellardoor.tours.vendor.IterableClient;

@RestController
@RequestMapping("/api/guests")
public class GuestController {

    private static final Logger log = LoggerFactory.getLogger(GuestController.class);

    public record GuestForm(String fullName, String email, String phone, LocalDate dateOfBirth, String hotel) {}

    public static class UnderageGuestException extends RuntimeException {
        public UnderageGuestException(GuestForm form) {
            super("Guest " + form.fullName() + " born " + form.dateOfBirth() + " is under the tasting age");
        }
    }

    private final GuestRepository guests;
    private final IterableClient iterable;
    private final AuditLogger audit;
    private final org.springframework.web.client.RestClient concierge;

    public GuestController(GuestRepository guests, IterableClient iterable, AuditLogger audit,
                           @org.springframework.beans.factory.annotation.Qualifier("conciergeClient") org.springframework.web.client.RestClient concierge) {
        this.guests = guests;
        this.iterable = iterable;
        this.audit = audit;
        this.concierge = concierge;
    }

    @PostMapping
    public ResponseEntity<?> register(@RequestBody GuestForm form) {
        if (form.dateOfBirth() != null && form.dateOfBirth().plusYears(18).isAfter(LocalDate.now())) {
            throw new UnderageGuestException(form);
        }
        Guest guest = guests.save(new Guest(form.fullName(), form.email(), form.phone(), form.dateOfBirth(), form.hotel()));
        log.info("guest registered id={}", guest.getId());
        log.debug("guest form {}", form);
        iterable.upsertGuest(guest);
        concierge.post().uri("/guests")
                .body(java.util.Map.of("name", guest.getFullName(), "phone", guest.getPhone(), "hotel", guest.getHotel()))
                .retrieve()
                .toBodilessEntity();
        return ResponseEntity.status(201).body(guest.getId());
    }

    @DeleteMapping("/{id}")
    public ResponseEntity<?> erase(@PathVariable long id, @RequestHeader("X-Staff") String staff) {
        Guest guest = guests.findById(id).orElseThrow();
        audit.record("guest.erased", staff, guest);
        audit.recordId("guest.erased", staff, id);
        guests.delete(guest);
        return ResponseEntity.noContent().build();
    }
}
