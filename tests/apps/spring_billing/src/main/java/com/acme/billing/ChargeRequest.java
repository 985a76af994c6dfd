package com.acme.billing;

public class ChargeRequest {
    private String cardNumber;
    private String cvv;
    private String email;

    public String getCardNumber() { return cardNumber; }
    public String getCvv() { return cvv; }
    public String getEmail() { return email; }
}
