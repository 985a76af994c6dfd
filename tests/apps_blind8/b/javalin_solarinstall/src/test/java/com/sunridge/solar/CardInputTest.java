package com.sunridge.solar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.sunridge.solar.model.CardInput;
import org.junit.jupiter.api.Test;

class CardInputTest {

    @Test
    void masksAllButBinAndLastFour() {
        CardInput card = new CardInput("Test Holder", "4000000360000006", 12, 2030, "123");
        assertEquals("400000******0006", card.masked());
        assertEquals("0006", card.last4());
    }

    @Test
    void toStringNeverShowsTheNumber() {
        CardInput card = new CardInput("Test Holder", "5200828282828210", 1, 2031, "999");
        assertFalse(card.toString().contains("5200828282828210"));
    }

    @Test
    void orderReferenceIsNotACard() {
        String reference = "4000123412341235";
        assertEquals(16, reference.length());
    }
}
