package io.linguaverse.school;

import io.linguaverse.school.repo.PaymentRepository;
import io.linguaverse.school.service.AcquirerClient;
import io.vertx.core.AbstractVerticle;
import io.vertx.sqlclient.Row;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/** Periodically replaces stored card numbers with acquirer tokens (see V3__tokenise_cards.sql). */
public class TokenMigrationJob extends AbstractVerticle {
  private static final Logger LOG = LogManager.getLogger(TokenMigrationJob.class);

  private final PaymentRepository payments;
  private final AcquirerClient acquirer;

  public TokenMigrationJob(PaymentRepository payments, AcquirerClient acquirer) {
    this.payments = payments;
    this.acquirer = acquirer;
  }

  @Override
  public void start() {
    vertx.setPeriodic(60_000, id -> runBatch());
  }

  void runBatch() {
    payments.untokenisedCards(50).onSuccess(rows -> {
      LOG.info("token migration: {} cards in batch", rows.size());
      for (Row row : rows) {
        String pan = row.getString("primary_account_no");
        long cardId = row.getLong("id");
        acquirer.tokenise(pan, row.getInteger("expiry_month"), row.getInteger("expiry_year"))
            .compose(res -> payments.attachToken(cardId, res.getString("xref"), pan.substring(pan.length() - 4)))
            .onSuccess(v -> LOG.info("card {} tokenised", cardId))
            .onFailure(err -> LOG.warn("could not tokenise card {} ({}): {}", cardId, pan, err.getMessage()));
      }
    }).onFailure(err -> LOG.error("token migration query failed", err));
  }
}
