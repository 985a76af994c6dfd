package shop.payments;

/** What the checkout form posts; handed to the payment gateway and never persisted. */
public record CardForm(String cardNumber, String cvc, String expiry, String holderName) {
    public String maskedNumber() {
        return "**** **** **** " + cardNumber.substring(cardNumber.length() - 4);
    }
}
