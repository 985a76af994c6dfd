package com.northwind.invoicing.events;

import java.math.BigDecimal;

public record InvoicePaid(Long invoiceId, BigDecimal amount, String currency) {}
