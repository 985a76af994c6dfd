package com.vermex.pest.payment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class CardDetailsTest {

    @Test
    void toStringMasksTheNumber() {
        CardDetails card = new CardDetails("4111111111111111", "09/29", "123", "Test Holder");
        assertThat(card.toString()).doesNotContain("4111111111111111").contains("1111");
    }

    @Test
    void jsonLeavesOutTheSecurityCode() throws Exception {
        CardDetails card = new CardDetails("4111111111111112", "09/29", "123", "Test Holder");
        String json = new ObjectMapper().writeValueAsString(card);
        assertThat(json).doesNotContain("\"cvv\"");
    }
}
