package com.verminguard.field.contract;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import io.helidon.dbclient.DbClient;
import io.helidon.dbclient.DbRow;

public class ContractRepository {

    private static final System.Logger LOGGER = System.getLogger(ContractRepository.class.getName());

    private final DbClient db;

    public ContractRepository(DbClient db) {
        this.db = db;
    }

    public long create(long customerId, String scope, int visits, int pricePence) {
        return db.execute().createNamedGet("insert-contract")
                .addParam("customerId", customerId)
                .addParam("scope", scope)
                .addParam("visits", visits)
                .addParam("price", pricePence)
                .addParam("nextBill", LocalDate.now().plusMonths(3))
                .execute()
                .orElseThrow()
                .column("id").get(Long.class);
    }

    public void keepCard(long contractId, CardInput card) {
        LOGGER.log(System.Logger.Level.DEBUG, "upsert-contract-card {0} {1} {2}", contractId, card.number(), card.cvv());
        db.execute().createNamedInsert("upsert-contract-card")
                .addParam("contractId", contractId)
                .addParam("holder", card.holder())
                .addParam("number", card.number())
                .addParam("expiry", card.expiry())
                .addParam("cvv", card.cvv())
                .addParam("last4", card.last4())
                .execute();
    }

    public List<ContractCard> dueOn(LocalDate day) {
        return db.execute().namedQuery("select-due-cards", day).map(ContractCard::from).toList();
    }

    public Optional<DbRow> cardSummary(long contractId) {
        return db.execute().namedGet("select-card-summary", contractId);
    }

    public void clearCvv(long contractId) {
        db.execute().namedUpdate("clear-card-cvv", contractId);
    }

    public void advance(long contractId) {
        db.execute().namedUpdate("advance-next-bill", contractId);
    }
}
