@Entity
public class Payment {
    // ruleid: card-security-code-jpa-entity-field
    @Column(length = 4)
    private String cvv;

    // ruleid: card-security-code-jpa-entity-field
    @Convert(converter = Encryptor.class)
    private String cardSecurityCode;

    // ok: card-security-code-jpa-entity-field
    @Transient
    private String cvc;

    // ok: card-security-code-jpa-entity-field
    private boolean cvvVerified;
}
