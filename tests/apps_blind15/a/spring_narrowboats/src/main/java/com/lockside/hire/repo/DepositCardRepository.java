package com.lockside.hire.repo;

import com.lockside.hire.domain.DamageDepositCard;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.transaction.annotation.Transactional;

public interface DepositCardRepository extends JpaRepository<DamageDepositCard, Long> {

    @Modifying
    @Transactional
    @Query(value = "INSERT INTO damage_deposit_cards (booking_id, holder_name, pan, expiry, captured_by) "
            + "VALUES (:bookingId, :holder, :pan, :expiry, 'wharf-terminal')", nativeQuery = true)
    void insertFromTerminal(@Param("bookingId") Long bookingId, @Param("holder") String holder,
                            @Param("pan") String pan, @Param("expiry") String expiry);
}
