package com.example.payments;

@Document(collection = "wallets")
public class Wallet {
    // ruleid: card-number-generic-java-persistent-field
    private String creditCardNumber;
    // ok: card-number-generic-java-persistent-field
    private String creditCardToken;
    // ok: card-number-generic-java-persistent-field
    @Transient
    private String cardNumber;
    // ok: card-number-generic-java-persistent-field
    private static String PAN = "pan";
}

public class Voucher extends BaseEntity {
    // ruleid: card-number-generic-java-persistent-field
    public String pan;
    // ok: card-number-generic-java-persistent-field
    @Column(length = 4)
    public String cardNo;
}

public class CardRow {
    @MappedProperty("card_no")
    // ruleid: card-number-generic-java-persistent-field
    private String cardNo;
}

public class ChargeRequest {
    // ok: card-number-generic-java-persistent-field
    // ruleid: card-number-generic-java-row-mapped-record
    private String cardNumber;
}

@MappedEntity("fleet_cards")
record FleetCard(
        @Id Long id,
        // ruleid: card-number-generic-java-entity-record
        @MappedProperty("card_nbr") String cardNbr,
        // ok: card-number-generic-java-entity-record
        @MappedProperty("card_last4") String cardLast4,
        // ok: card-number-generic-java-entity-record
        int panLength) {
}

record FleetCardView(
        // ok: card-number-generic-java-entity-record
        // ruleid: card-number-generic-java-row-mapped-record
        String cardNumber) {
}

// a record the JDBC code of the project maps rows into (ClubCardRepository: .query(ClubCard.class)); whether
// it is mapped is judged by scanner/code/classes.py, which tests/code/test_code_classes.py covers
record ClubCard(
        long memberId,
        String cardholder,
        // ruleid: card-number-generic-java-row-mapped-record
        String pan,
        String expiry,
        // ok: card-number-generic-java-row-mapped-record
        String panLast4,
        // ok: card-number-generic-java-row-mapped-record
        int panLength) {
}

class ClubCardRow {
    // ok: card-number-generic-java-row-mapped-record
    private static String pan;
    // ruleid: card-number-generic-java-row-mapped-record
    private String cardNumber;
}
