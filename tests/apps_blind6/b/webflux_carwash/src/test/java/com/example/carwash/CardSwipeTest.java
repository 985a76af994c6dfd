package com.example.carwash;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.carwash.web.CardSwipe;
import org.junit.jupiter.api.Test;

class CardSwipeTest {
    @Test
    void masksAllButBinAndLastFour() {
        CardSwipe swipe = new CardSwipe("K-07", "4111111111111111", "12/29", "123", 1299, "3");
        assertThat(swipe.masked()).isEqualTo("411111******1111");
    }
}
