package com.cellardoor.tours.admin;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.boot.CommandLineRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import com.cellardoor.tours.domain.TourBooking;
import com.cellardoor.tours.repo.TourBookingRepository;

@Component
@Profile("export")
public class DeclinedCardsExport implements CommandLineRunner {

    private final TourBookingRepository bookings;

    public DeclinedCardsExport(TourBookingRepository bookings) {
        this.bookings = bookings;
    }

    @Override
    public void run(String... args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "declined.csv");
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out))) {
            w.println("booking,guest,tour,card");
            for (TourBooking b : bookings.findByStatus(TourBooking.Status.DECLINED)) {
                w.printf("%d,%d,%s,%s%n", b.getId(), b.getGuest().getId(), b.getTourCode(), b.getCardNumber());
            }
            for (TourBooking b : bookings.findByStatus(TourBooking.Status.CONFIRMED)) {
                String n = b.getCardNumber();
                w.printf("%d,%d,%s,%s%n", b.getId(), b.getGuest().getId(), b.getTourCode(), n == null ? "" : "****" + n.substring(n.length() - 4));
            }
        }
    }
}
