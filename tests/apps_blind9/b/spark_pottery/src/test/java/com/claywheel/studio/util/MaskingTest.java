package com.claywheel.studio.util;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MaskingTest {
    @Test
    void masksAllButBinAndLastFour() {
        assertEquals("424242******4242", Masking.pan("4242 4242 4242 4242"));
        assertEquals("555555******4444", Masking.pan("5555555555554444"));
    }

    @Test
    void shortValuesAreFullyMasked() {
        assertEquals("****", Masking.pan("1234 5678"));
    }

    @Test
    void lastFourOfAVoucherLikeNumber() {
        assertEquals("0017", Masking.last4("6200 0455 1932 0017"));
    }

    @Test
    void hashesNormalisedEmail() {
        assertEquals(Masking.sha256("potter@example.com"), Masking.sha256("  Potter@Example.com "));
    }
}
