package com.vermex.pest.contract;

import com.vermex.pest.payment.CardDetails;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

public record NewContractRequest(long customerId, String siteName, String plan, BigDecimal quarterlyFee, @NotNull CardDetails card) {}
