package com.verminguard.field.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ContractServiceTest {

    @Test
    void cardInputToStringMasksNumberAndHolder() {
        CardInput card = new CardInput("Test Holder", "4000056655665556", "12/29", "123");
        String printed = card.toString();
        assertFalse(printed.contains("4000056655665556"));
        assertFalse(printed.contains("123"));
        assertTrue(printed.contains("****5556"));
    }

    @Test
    void lastFourOfAmex() {
        CardInput card = new CardInput("Test Holder", "378282246310005", "01/30", "1234");
        assertEquals("0005", card.last4());
    }

    @Test
    void lastFourOfNonLuhnReference() {
        CardInput card = new CardInput("Test Holder", "4000056655665557", "01/30", "999");
        assertEquals("5557", card.last4());
    }
}
