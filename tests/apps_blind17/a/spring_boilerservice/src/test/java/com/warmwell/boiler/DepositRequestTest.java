package com.warmwell.boiler;

import static org.assertj.core.api.Assertions.assertThat;

import com.warmwell.boiler.domain.DepositRequest;
import org.junit.jupiter.api.Test;

class DepositRequestTest {
    @Test
    void toStringMasksTheCard() {
        DepositRequest r = new DepositRequest(12L, "5500000000000000", 4, 2028, "321", 4500);
        assertThat(r.toString()).contains("****0000").doesNotContain("321");
    }
}
