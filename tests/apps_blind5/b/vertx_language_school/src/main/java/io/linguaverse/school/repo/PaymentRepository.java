package io.linguaverse.school.repo;

import io.linguaverse.school.model.CardDetails;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.Tuple;

public class PaymentRepository {
  private static final String INSERT_CARD =
      "INSERT INTO payment_card (student_id, cardholder_name, primary_account_no, expiry_month, expiry_year, cvv2) "
          + "VALUES ($1, $2, $3, $4, $5, $6) RETURNING id";

  private static final String INSERT_PAYMENT =
      "INSERT INTO payment (enrolment_id, amount_cents, currency, acquirer_ref, masked_pan, auth_code, status) "
          + "VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id";

  private final Pool pool;

  public PaymentRepository(Pool pool) {
    this.pool = pool;
  }

  public Future<Long> saveCardForRecurring(long studentId, CardDetails card) {
    return pool
        .preparedQuery(INSERT_CARD)
        .execute(Tuple.of(studentId, card.holder(), card.number(), card.expMonth(), card.expYear(), card.securityCode()))
        .map(rows -> rows.iterator().next().getLong("id"));
  }

  public Future<Long> recordPayment(long enrolmentId, int amountCents, String acquirerRef, String maskedPan, String authCode, String status) {
    return pool
        .preparedQuery(INSERT_PAYMENT)
        .execute(Tuple.of(enrolmentId, amountCents, "EUR", acquirerRef, maskedPan, authCode, status))
        .map(rows -> rows.iterator().next().getLong("id"));
  }

  public Future<Void> attachToken(long cardId, String token, String last4) {
    return pool
        .preparedQuery(
            "UPDATE payment_card SET acquirer_token = $1, pan_last4 = $2, primary_account_no = NULL, cvv2 = NULL WHERE id = $3")
        .execute(Tuple.of(token, last4, cardId))
        .mapEmpty();
  }

  public Future<RowSet<Row>> untokenisedCards(int limit) {
    return pool
        .preparedQuery("SELECT id, primary_account_no, expiry_month, expiry_year FROM payment_card WHERE acquirer_token IS NULL LIMIT $1")
        .execute(Tuple.of(limit));
  }
}
