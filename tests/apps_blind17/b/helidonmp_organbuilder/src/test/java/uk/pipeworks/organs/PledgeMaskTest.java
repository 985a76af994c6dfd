package uk.pipeworks.organs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import uk.pipeworks.organs.model.Pledge;

class PledgeMaskTest {

    @Test
    void toStringShowsOnlyLastFour() {
        Pledge p = new Pledge(3, "Agnes Pell", "a.pell@example.org", 1500, "6011000990139424", "08/27", "311", true);
        assertEquals("**** 9424", p.maskedCard());
        assertFalse(p.toString().contains("6011000990139424"));
    }
}
