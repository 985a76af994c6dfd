package com.starvault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.starvault.web.BookingForm;
import org.junit.jupiter.api.Test;

class BookingFormTest {
  private static final String CARD = "4638333952621941";

  @Test
  void toStringMasksCard() {
    BookingForm f = new BookingForm(5L, "AURORA-2", 3, CARD, "553", "12/28", "R Okafor");
    assertFalse(f.toString().contains(CARD));
    assertEquals("463833******1941", f.maskedCard());
  }
}
