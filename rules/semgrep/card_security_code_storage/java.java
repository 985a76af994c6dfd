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

@Embeddable
public class GuaranteeCard {
    @Column(name = "guarantee_card_number", length = 19)
    private String cardNumber;

    // ruleid: card-security-code-jpa-field-beside-card-number, card-security-code-jpa-entity-field
    @Column(name = "guarantee_security_code", length = 4)
    private String securityCode;

    // ok: card-security-code-jpa-field-beside-card-number
    @Transient
    private String verificationCode;
}

@Entity
public class EmailChange {
    private String newEmail;

    // card-security-code-jpa-entity-field matches here and the record gate (scanner/code/records.py) drops it
    // ruleid: card-security-code-jpa-entity-field
    private String verificationCode;
}

@Entity
public class FleetVehicle {
    private String simCardNumber;

    // card-security-code-jpa-entity-field matches here and the record gate (scanner/code/records.py) drops it
    // ruleid: card-security-code-jpa-entity-field
    private String securityCode;
}

@Entity
public class StoredAuth {
    // ruleid: card-security-code-jpa-column-name
    @Column(name = "cvv2", length = 4)
    private String check;

    // ok: card-security-code-jpa-column-name
    @Column(name = "cvv_result", length = 1)
    private String result;
}

@MappedEntity("stored_card")
class StoredCard {
    private String primaryAccountNumber;
    // ruleid: card-security-code-jpa-field-beside-card-number, card-security-code-jpa-entity-field
    @MappedProperty("cvc2")
    private String securityCode;
    // ruleid: card-security-code-jpa-column-name
    @MappedProperty("cvv")
    private String check;
}

class VendorPayments extends TableImpl<VendorPaymentsRecord> {
    // ruleid: card-security-code-jooq-column
    public final TableField<VendorPaymentsRecord, String> CARD_CVC = createField(DSL.name("card_cvc"), SQLDataType.VARCHAR(4), this, "");
    // ok: card-security-code-jooq-column
    public final TableField<VendorPaymentsRecord, String> STATUS = createField(DSL.name("status"), SQLDataType.VARCHAR(16), this, "");
}
