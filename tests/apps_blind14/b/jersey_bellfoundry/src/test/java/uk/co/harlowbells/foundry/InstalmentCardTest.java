package uk.co.harlowbells.foundry;

import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import uk.co.harlowbells.foundry.model.InstalmentCard;

class InstalmentCardTest {
    @Test
    void toStringHidesNumber() {
        InstalmentCard card = new InstalmentCard(9L, "spt_8dKq", "5120", "5311000000005120", "123", "07/29");
        assertFalse(card.toString().contains("5311000000005120"));
    }
}
