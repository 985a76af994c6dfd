package com.lockside.hire.repo;

import com.lockside.hire.domain.HolidayBooking;
import org.springframework.data.jpa.repository.JpaRepository;

public interface BookingRepository extends JpaRepository<HolidayBooking, Long> {
}
