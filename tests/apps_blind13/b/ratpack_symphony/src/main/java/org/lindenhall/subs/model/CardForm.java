package org.lindenhall.subs.model;

public class CardForm {
    public long patronId;
    public String cardholder;
    public String cardNumber;
    public String expiry;
    public String cvc;

    @Override
    public String toString() {
        return "CardForm{patronId=" + patronId + ", cardholder=" + cardholder + ", cardNumber=" + cardNumber
                + ", expiry=" + expiry + "}";
    }

    public String masked() {
        return "**** " + cardNumber.substring(cardNumber.length() - 4);
    }
}
