package uk.co.harlowbells.foundry.model;

public record CardPayload(String cardNumber, String cvv, String expiry, String holderName, String amountPence) {}
