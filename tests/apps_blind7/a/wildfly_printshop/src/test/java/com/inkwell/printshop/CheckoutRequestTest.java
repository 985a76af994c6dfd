package com.inkwell.printshop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.inkwell.printshop.rest.CheckoutRequest;
import org.junit.jupiter.api.Test;

class CheckoutRequestTest {

    private static final String AMEX_TEST = "378282246310005";

    @Test
    void toStringHidesTheNumber() {
        var card = new CheckoutRequest.CardPayload(AMEX_TEST, "09/29", "1234", "Test Holder");
        assertFalse(card.toString().contains(AMEX_TEST));
        assertEquals("0005", card.last4());
    }

    @Test
    void last4OfVisa() {
        var card = new CheckoutRequest.CardPayload("4111111111111111", "01/30", "737", "T");
        assertEquals("1111", card.last4());
    }
}
