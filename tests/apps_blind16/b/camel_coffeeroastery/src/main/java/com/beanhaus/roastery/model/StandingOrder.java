package com.beanhaus.roastery.model;

import java.math.BigDecimal;

public record StandingOrder(Long customerId, String blend, BigDecimal kilos, int everyDays, CardEntry card) {
    @Override
    public String toString() {
        return "StandingOrder[customer=" + customerId + ", blend=" + blend + ", kilos=" + kilos + "]";
    }
}
