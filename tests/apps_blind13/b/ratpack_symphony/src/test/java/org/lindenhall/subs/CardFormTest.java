package org.lindenhall.subs;

import org.junit.jupiter.api.Test;
import org.lindenhall.subs.model.CardForm;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CardFormTest {
    @Test
    void maskedShowsLastFourOnly() {
        CardForm form = new CardForm();
        form.cardNumber = "0000000000001881";
        assertEquals("**** 1881", form.masked());
    }
}
