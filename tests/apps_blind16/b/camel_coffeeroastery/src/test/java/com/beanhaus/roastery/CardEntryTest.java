package com.beanhaus.roastery;

import com.beanhaus.roastery.model.CardEntry;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CardEntryTest {
    @Test
    void toStringShowsOnlyLastFour() {
        CardEntry c = new CardEntry();
        c.setPan("000000000000" + "9012");
        c.setExpiry("11/28");
        assertEquals("CardEntry[**** **** **** 9012, exp 11/28]", c.toString());
    }
}
