package com.torqueline.garage.web;

import com.torqueline.garage.domain.Booking;
import com.torqueline.garage.domain.Customer;
import com.torqueline.garage.service.BookingService;
import com.torqueline.garage.web.Dtos.BookingRequest;
import com.torqueline.garage.web.Dtos.BookingView;
import com.torqueline.garage.web.Dtos.CustomerRegistration;
import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.*;

@Slf4j
@RestController
@RequestMapping("/api")
@RequiredArgsConstructor
public class BookingController {
    private final BookingService bookings;

    @PostMapping("/customers")
    @ResponseStatus(HttpStatus.CREATED)
    public Long register(@Valid @RequestBody CustomerRegistration registration) {
        return bookings.registerCustomer(registration).getId();
    }

    @PostMapping("/bookings")
    @ResponseStatus(HttpStatus.CREATED)
    public BookingView book(@Valid @RequestBody BookingRequest request,
                            @RequestHeader("X-Customer-Id") Long customerId) {
        Booking booking = bookings.book(customerId, request);
        Customer customer = booking.getVehicle().getCustomer();
        log.info("Booking {} created for {}", booking.getId(), customer);
        return new BookingView(booking.getId(), booking.getVehicle().getRegistration(), customer.fullName(),
                customer.getEmail(), booking.getSlotStart(), booking.getStatus());
    }

    @PostMapping("/bookings/{id}/cancel")
    public void cancel(@PathVariable Long id) {
        bookings.cancel(id);
        log.info("Booking {} cancelled", id);
    }
}
