package net.mobilo.billing.dao;

import net.mobilo.billing.model.PaymentAttempt;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindBean;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.util.List;

public interface PaymentAttemptDao {

    @SqlUpdate("INSERT INTO payment_attempt (subscriber_id, amount_cents, masked_pan, cvv2, status) "
            + "VALUES (:subscriberId, :amountCents, :maskedPan, :cvv2, :status)")
    @GetGeneratedKeys
    long insert(@BindBean PaymentAttempt attempt);

    @SqlUpdate("UPDATE payment_attempt SET status = :status, auth_code = :authCode WHERE id = :id")
    void complete(@Bind("id") long id, @Bind("status") String status, @Bind("authCode") String authCode);

    @SqlQuery("SELECT id, subscriber_id, amount_cents, masked_pan, status FROM payment_attempt WHERE status = 'SOFT_DECLINE'")
    List<PaymentAttempt> softDeclines();
}
