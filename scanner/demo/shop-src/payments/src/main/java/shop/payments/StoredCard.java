package shop.payments;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A card kept on file for one-click reorders. */
@Entity
@Table(name = "stored_cards")
public class StoredCard {
    @Id
    @GeneratedValue
    private Long id;

    private Long customerId;

    @Column(name = "card_number", length = 19, nullable = false)
    private String cardNumber;

    @Column(name = "last_four", length = 4)
    private String lastFour;

    private String expiry;

    public String getLastFour() {
        return lastFour;
    }

    public void setCardNumber(String cardNumber) {
        this.cardNumber = cardNumber;
        this.lastFour = cardNumber.substring(cardNumber.length() - 4);
    }
}
