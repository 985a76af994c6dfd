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
        String cvc2) {
}
