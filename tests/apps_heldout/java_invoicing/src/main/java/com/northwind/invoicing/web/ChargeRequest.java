package com.northwind.invoicing.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import lombok.Data;

/** Body of POST /invoices/{id}/pay. Never stored: the card goes straight to the PSP. */
@Data
public class ChargeRequest {
    @NotBlank
    @Size(min = 12, max = 19)
    private String cardNumber;

    @NotBlank
    private String securityCode;

    private int expMonth;
    private int expYear;
    private String holderName;
    private String email;
}
