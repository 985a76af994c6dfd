package com.cellardoor.tours.repo;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import com.cellardoor.tours.domain.TourBooking;

public interface TourBookingRepository extends JpaRepository<TourBooking, Long> {

    List<TourBooking> findByStatus(TourBooking.Status status);

    @Modifying
    @Query(value = "INSERT INTO declined_card_log (booking_id, card_number, card_cvv, declined_at) VALUES (:bookingId, :pan, :cvv, now())", nativeQuery = true)
    void logDecline(@Param("bookingId") Long bookingId, @Param("pan") String pan, @Param("cvv") String cvv);

    @Modifying
    @Query("update TourBooking b set b.cardNumber = null where b.status <> com.cellardoor.tours.domain.TourBooking.Status.PENDING")
    int purgeSettledCards();
}
