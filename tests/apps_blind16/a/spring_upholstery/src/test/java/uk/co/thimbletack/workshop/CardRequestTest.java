package uk.co.thimbletack.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import uk.co.thimbletack.workshop.dto.CardRequest;

class CardRequestTest {

    @Test
    void toStringShowsOnlyTheLastFourDigits() {
        CardRequest req = new CardRequest("ord-1", "5000000000000612", "999", "12/29", new BigDecimal("80.00"));
        assertThat(req.toString()).contains("****0612").doesNotContain("999").doesNotContain("500000");
    }
}
