package shop.payments;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Charges a card through the gateway and remembers it when asked. */
public class PaymentService {
    private static final Logger log = LoggerFactory.getLogger(PaymentService.class);
    private final Gateway gateway;
    private final StoredCardRepository cards;

    public PaymentService(Gateway gateway, StoredCardRepository cards) {
        this.gateway = gateway;
        this.cards = cards;
    }

    public String charge(long customerId, CardForm form, long amountCents, boolean remember) {
        String chargeId = gateway.charge(form.cardNumber(), form.cvc(), form.expiry(), amountCents);
        log.info("charged card {} for customer {}: {}", form.maskedNumber(), customerId, chargeId);
        if (remember) {
            StoredCard card = new StoredCard();
            card.setCardNumber(form.cardNumber());
            cards.save(card);
        }
        return chargeId;
    }

    public interface Gateway {
        String charge(String number, String cvc, String expiry, long amountCents);
    }

    public interface StoredCardRepository {
        void save(StoredCard card);
    }
}
