@Table("holds")
public class Hold {
    // ruleid: card-security-code-generic-java-persistent-field
    private String cvc2;
    // ok: card-security-code-generic-java-persistent-field
    @Transient
    private String cvv;
}

public class HoldRequest {
    // ok: card-security-code-generic-java-persistent-field
    // ruleid: card-security-code-generic-java-row-mapped-record
    private String cvv;
}

@Table("fleet_cards")
record FleetCard(
        @Id Long id,
        // ruleid: card-security-code-generic-java-entity-record
        String cvc2,
        // ok: card-security-code-generic-java-entity-record
        boolean cvcChecked) {
}

record FleetCardView(
        // ok: card-security-code-generic-java-entity-record
        // ruleid: card-security-code-generic-java-row-mapped-record
        String cvc2) {
}

// a record the JDBC code of the project maps rows into (ClubCardRepository: .query(ClubCard.class)); whether
// it is mapped is judged by scanner/code/classes.py, which tests/code/test_code_classes.py covers
record ClubCard(
        long memberId,
        String cardholder,
        String expiry,
        // ruleid: card-security-code-generic-java-row-mapped-record
        String cvc,
        // ok: card-security-code-generic-java-row-mapped-record
        boolean cvcChecked) {
}
