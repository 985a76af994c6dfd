package org.pawsclinic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.pawsclinic.core.OwnerCard;

class OwnerCardTest {
    @Test
    void keepsLastFour() {
        OwnerCard card = new OwnerCard();
        String number = "378282246310005";
        card.setLastFour(number.substring(number.length() - 4));
        assertEquals("0005", card.getLastFour());
    }
}
