package com.tickwell.repairs;

import com.tickwell.repairs.model.CardEntry;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class CardEntryTest {
    @Test
    void toStringShowsLastFourOnly() {
        CardEntry e = new CardEntry(12, "PAN-UNDER-TEST-9921", "08/27", "000", 4500);
        assertFalse(e.toString().contains("PAN-UNDER-TEST"));
        assertEquals("9921", e.last4());
    }
}
