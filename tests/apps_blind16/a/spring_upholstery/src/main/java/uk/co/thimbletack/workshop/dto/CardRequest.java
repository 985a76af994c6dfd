package uk.co.thimbletack.workshop.dto;

public record CardRequest(String orderId, String number, String cvv, String expiry, java.math.BigDecimal amount) {

    @Override
    public String toString() {
        String tail = number == null || number.length() < 4 ? "" : number.substring(number.length() - 4);
        return "CardRequest[orderId=" + orderId + ", card=****" + tail + ", amount=" + amount + "]";
    }
}
