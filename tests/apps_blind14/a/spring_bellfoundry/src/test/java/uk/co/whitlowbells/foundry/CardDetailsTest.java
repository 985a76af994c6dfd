package uk.co.whitlowbells.foundry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.co.whitlowbells.foundry.domain.CardDetails;

class CardDetailsTest {
    @Test
    void last4TakesTrailingDigits() {
        var card = new CardDetails("tok_00009876", "000", "01/30", "Test Ringer");
        assertThat(card.last4()).isEqualTo("9876");
    }
}
