package com.vermex.pest.contract;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Quarterly commercial pest-control contract billed to a card on file. */
public record ServiceContract(
        long id,
        long customerId,
        String siteName,
        String plan,
        BigDecimal quarterlyFee,
        String cardToken,
        String cardLast4,
        LocalDate nextBilling) {}
