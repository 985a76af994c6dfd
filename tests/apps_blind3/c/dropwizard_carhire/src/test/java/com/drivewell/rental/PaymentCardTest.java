package com.drivewell.rental;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.drivewell.rental.core.PaymentCard;
import org.junit.jupiter.api.Test;

class PaymentCardTest {

    @Test
    void keepsLastFour() {
        PaymentCard card = new PaymentCard("4000056655665556", "12/30", "123");
        assertEquals("5556", card.getLast4());
    }
}
