package com.torqueline.garage.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public final class Repositories {
    private Repositories() {}

    public interface CustomerRepository extends JpaRepository<Customer, Long> {
        Optional<Customer> findByEmailIgnoreCase(String email);
    }

    public interface VehicleRepository extends JpaRepository<Vehicle, Long> {
        Optional<Vehicle> findByRegistration(String registration);

        @Query("select v from Vehicle v join fetch v.customer where v.motDue = :due")
        List<Vehicle> findMotDueOn(LocalDate due);
    }

    public interface BookingRepository extends JpaRepository<Booking, Long> {}

    public interface CourtesyCarHoldRepository extends JpaRepository<CourtesyCarHold, Long> {
        List<CourtesyCarHold> findByReleasedAtIsNullAndGatewayAuthIdIsNull();
    }

    public interface FleetAccountRepository extends JpaRepository<FleetAccount, Long> {}
}
