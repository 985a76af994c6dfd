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
