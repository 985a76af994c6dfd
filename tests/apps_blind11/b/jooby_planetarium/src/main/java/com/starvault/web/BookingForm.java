package com.starvault.web;

public record BookingForm(
    long visitorId,
    String showCode,
    int seats,
    String cardNumber,
    String cvc,
    String expiry,
    String cardholder) {

  public String maskedCard() {
    return cardNumber.substring(0, 6) + "******" + cardNumber.substring(cardNumber.length() - 4);
  }

  @Override
  public String toString() {
    return "BookingForm[visitorId=" + visitorId + ", showCode=" + showCode + ", seats=" + seats + ", card=" + maskedCard() + "]";
  }
}
