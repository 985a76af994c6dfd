import javax.persistence.*;

@Entity
@Table(name = "payments")
public class Payment {
    @Id
    private Long id;

    // ruleid: card-number-jpa-entity-field
    private String cardNumber;

    // ruleid: card-number-jpa-entity-field
    @Column(name = "pan", length = 19)
    private String pan;

    // ok: card-number-jpa-entity-field
    @Column(length = 4)
    private String ccNumber;

    // ok: card-number-jpa-entity-field
    private String cardLast4;

    // ok: card-number-jpa-entity-field
    @Transient
    private String creditCardNumber;

    // ok: card-number-jpa-entity-field
    @Convert(converter = CardNumberEncryptor.class)
    private String card_num;
}

public class PaymentRequest {
    // ok: card-number-jpa-entity-field
    private String cardNumber;
}

@Entity
public class Vehicle {
    // ok: card-number-jpa-entity-field
    @Column(name = "sim_card_number", length = 22)
    private String simCardNumber;

    // ok: card-number-jpa-entity-field
    private String keyCardNo;

    // ruleid: card-number-jpa-entity-field
    private String prepaidCardNumber;
}

@Entity
public class DirectDebit {
    @Embeddable
    public static class BackupCard {
        // ruleid: card-number-jpa-account-number-beside-security-code, card-number-jpa-entity-field
        @Column(name = "backup_acct_number", length = 19)
        private String acctNumber;

        @Column(name = "backup_cvv", length = 4)
        private String cvv;
    }
}

@Entity
public class Supplier {
    // not card-number-jpa-account-number-beside-security-code; card-number-jpa-entity-field matches and the record gate (scanner/code/records.py) drops it
    // ruleid: card-number-jpa-entity-field
    private String accountNumber;
    private String iban;
}

@Entity
@Table(name = "CREDITCARD_TABLE")
public class CreditCard implements java.io.Serializable {
    private String id;
    // ruleid: card-number-jpa-card-entity-number-field
    private String number;
    private String expires;
}

@Entity
public class GiftCard {
    // ok: card-number-jpa-card-entity-number-field
    private String number;
}

@Entity
public class Flashcard {
    // ok: card-number-jpa-card-entity-number-field
    private String number;
}

@Entity
public class StoredPayment {
    // ruleid: card-number-jpa-column-name
    @Column(name = "card_number", length = 19)
    private String number;

    // ok: card-number-jpa-column-name
    @Column(name = "card_number_last4", length = 4)
    private String lastDigits;

    // ok: card-number-jpa-column-name
    @Column(name = "card_number", length = 4)
    private String suffix;
}

@MappedEntity("stored_card")
class StoredCard {
    // ruleid: card-number-jpa-entity-field
    @MappedProperty("pan")
    private String primaryAccountNumber;
    // ok: card-number-jpa-entity-field
    private String last4;
    // ruleid: card-number-jpa-column-name
    @MappedProperty("card_no")
    private String stored;
}

class VendorPayments extends TableImpl<VendorPaymentsRecord> {
    // ruleid: card-number-jooq-column
    public final TableField<VendorPaymentsRecord, String> CARD_NUMBER = createField(DSL.name("card_number"), SQLDataType.VARCHAR(19).nullable(false), this, "");
    // ok: card-number-jooq-column
    public final TableField<VendorPaymentsRecord, String> MASKED_PAN = createField(DSL.name("masked_pan"), SQLDataType.VARCHAR(19), this, "");
    // ok: card-number-jooq-column
    public final TableField<VendorPaymentsRecord, String> GIFT_CARD_NUMBER = createField(DSL.name("gift_card_number"), SQLDataType.VARCHAR(19), this, "");
}

class PaymentTables {
    // ruleid: card-number-jooq-column
    static final Field<String> PAN = DSL.field(DSL.name("payments", "pan"), String.class);
    // ok: card-number-jooq-column
    static final Field<String> LAST4 = DSL.field("card_last4", String.class);
}
