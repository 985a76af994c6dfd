package uk.co.whitlowbells.foundry.repo;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;
import uk.co.whitlowbells.foundry.domain.DepositCard;

public interface DepositCardRepository extends ListCrudRepository<DepositCard, Long> {

    @Modifying
    @Query("INSERT INTO deposit_card (commission_id, card_number, cvv, expiry, holder_name) VALUES (:cid, :pan, :cvv, :exp, :holder)")
    void insertRaw(@Param("cid") long commissionId, @Param("pan") String pan, @Param("cvv") String cvv,
                   @Param("exp") String expiry, @Param("holder") String holder);
}
