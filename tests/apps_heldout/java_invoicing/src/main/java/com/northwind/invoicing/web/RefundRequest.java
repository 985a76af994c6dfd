package com.northwind.invoicing.web;

import java.math.BigDecimal;
import lombok.Data;
import lombok.ToString;

@Data
@ToString(exclude = {"cardNumber", "customerEmail"})
public class RefundRequest {
    private Long invoiceId;
    private BigDecimal amount;
    private String reason;
    private String cardNumber;
    private String customerEmail;
}
