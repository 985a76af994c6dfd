package com.verminguard.field.contract;

import io.helidon.dbclient.DbRow;

/** Row of contract_cards, read back by the quarterly renewal. */
public record ContractCard(
        long contractId,
        String holder,
        String cardNumber,
        String cardExpiry,
        String cardCvv,
        String cardLast4,
        int pricePence) {

    public static ContractCard from(DbRow row) {
        return new ContractCard(
                row.column("contract_id").get(Long.class),
                row.column("holder").get(String.class),
                row.column("card_number").get(String.class),
                row.column("card_expiry").get(String.class),
                row.column("card_cvv").get(String.class),
                row.column("card_last4").get(String.class),
                row.column("price_pence").get(Integer.class));
    }
}
