package org.lindenhall.subs.db;

import com.google.inject.Inject;
import org.lindenhall.subs.model.CardForm;
import org.sql2o.Connection;
import org.sql2o.Sql2o;

import java.util.List;
import java.util.Map;

public class CardRepository {
    private final Sql2o sql2o;

    @Inject
    public CardRepository(Sql2o sql2o) {
        this.sql2o = sql2o;
    }

    public void saveToken(long patronId, String token, String lastFour, String expiry) {
        try (Connection con = sql2o.open()) {
            con.createQuery("INSERT INTO stored_cards (patron_id, crescendo_token, last_four, expiry) "
                            + "VALUES (:p, :t, :l, :e)")
                    .addParameter("p", patronId).addParameter("t", token).addParameter("l", lastFour)
                    .addParameter("e", expiry).executeUpdate();
        }
    }

    public void queueRenewal(long subscriptionId, CardForm form) {
        try (Connection con = sql2o.open()) {
            con.createQuery("INSERT INTO renewal_queue (subscription_id, card_number, card_cvc) VALUES (:s, :n, :c)")
                    .addParameter("s", subscriptionId)
                    .addParameter("n", form.cardNumber)
                    .addParameter("c", form.cvc)
                    .executeUpdate();
        }
    }

    public List<Map<String, Object>> pendingRenewals() {
        try (Connection con = sql2o.open()) {
            return con.createQuery("SELECT id, subscription_id, card_number, card_cvc, attempts FROM renewal_queue "
                    + "WHERE attempts < 3").executeAndFetchTable().asList();
        }
    }
}
