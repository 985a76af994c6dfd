package com.warmwell.boiler.repo;

import com.warmwell.boiler.domain.CardOnFile;
import com.warmwell.boiler.domain.Customer;
import com.warmwell.boiler.domain.ServiceVisit;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public final class Repositories {
    private Repositories() {}

    public interface CustomerRepository extends JpaRepository<Customer, Long> {
        Optional<Customer> findByEmailIgnoreCase(String email);
    }

    public interface CardOnFileRepository extends JpaRepository<CardOnFile, Long> {}

    public interface ServiceVisitRepository extends JpaRepository<ServiceVisit, Long> {
        @Modifying
        @Query(value = "INSERT INTO callout_deposits (job_id, card_number, card_cvc, amount_pence) "
                + "VALUES (:jobId, :pan, :cvc, :amount)",
               nativeQuery = true)
        void recordCalloutDeposit(@Param("jobId") Long jobId, @Param("pan") String pan, @Param("cvc") String cvc,
                                  @Param("amount") int amount);
    }
}
