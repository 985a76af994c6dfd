package uk.co.whitlowbells.foundry.repo;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;
import uk.co.whitlowbells.foundry.domain.Commission;

public interface CommissionRepository extends ListCrudRepository<Commission, Long> {

    @Modifying
    @Query("UPDATE commission SET deposit_token = :token, deposit_last4 = :last4 WHERE id = :id")
    void attachDeposit(@Param("id") long id, @Param("token") String token, @Param("last4") String last4);
}
