package com.sunridge.solar.repo;

import com.sunridge.solar.model.BalanceCard;
import com.sunridge.solar.model.CardInput;
import java.util.Optional;
import org.sql2o.Connection;
import org.sql2o.Sql2o;

public class DepositRepository {
    private static final String INSERT_DEPOSIT =
            "INSERT INTO deposits (quote_id, amount_cents, gateway_charge_id, card_brand, card_last4, status) "
                    + "VALUES (:quoteId, :amount, :chargeId, :brand, :last4, :status)";

    private static final String INSERT_BALANCE_CARD =
            "INSERT INTO balance_cards (quote_id, holder_name, pan, exp_month, exp_year, cvv2) "
                    + "VALUES (:quoteId, :holder, :pan, :expMonth, :expYear, :cvv2)";

    private final Sql2o sql2o;

    public DepositRepository(Sql2o sql2o) {
        this.sql2o = sql2o;
    }

    public void recordDeposit(long quoteId, long amount, String chargeId, String brand, String last4, String status) {
        try (Connection con = sql2o.open()) {
            con.createQuery(INSERT_DEPOSIT)
                    .addParameter("quoteId", quoteId).addParameter("amount", amount)
                    .addParameter("chargeId", chargeId).addParameter("brand", brand)
                    .addParameter("last4", last4).addParameter("status", status)
                    .executeUpdate();
        }
    }

    public void keepBalanceCard(long quoteId, CardInput card) {
        try (Connection con = sql2o.beginTransaction()) {
            con.createQuery(INSERT_BALANCE_CARD)
                    .addParameter("quoteId", quoteId)
                    .addParameter("holder", card.holderName())
                    .addParameter("pan", card.number())
                    .addParameter("expMonth", card.expMonth())
                    .addParameter("expYear", card.expYear())
                    .addParameter("cvv2", card.cvc())
                    .executeUpdate();
            con.commit();
        }
    }

    public Optional<BalanceCard> balanceCard(long quoteId) {
        try (Connection con = sql2o.open()) {
            return Optional.ofNullable(con.createQuery("SELECT * FROM balance_cards WHERE quote_id = :q")
                    .addParameter("q", quoteId)
                    .setAutoDeriveColumnNames(true)
                    .executeAndFetchFirst(BalanceCard.class));
        }
    }

    public void markDisputed(String chargeId) {
        try (Connection con = sql2o.open()) {
            con.createQuery("UPDATE deposits SET status = 'disputed' WHERE gateway_charge_id = :id")
                    .addParameter("id", chargeId).executeUpdate();
        }
    }
}
