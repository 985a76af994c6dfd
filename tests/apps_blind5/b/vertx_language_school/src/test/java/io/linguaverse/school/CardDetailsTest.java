package io.linguaverse.school;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.linguaverse.school.model.CardDetails;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

class CardDetailsTest {

  @Test
  void masksAllButFirstSixAndLastFour() {
    CardDetails card = new CardDetails("A Tester", "4111111111111111", "737", 3, 2030);
    assertEquals("411111******1111", card.masked());
    assertEquals("1111", card.last4());
  }

  @Test
  void toStringNeverContainsTheFullNumber() {
    CardDetails card = CardDetails.fromJson(new JsonObject()
        .put("holder", "A Tester").put("number", "5555 5555 5555 4444").put("securityCode", "123")
        .put("expMonth", 1).put("expYear", 2031));
    assertEquals("CardDetails{holder=A Tester, number=555555******4444, exp=1/2031}", card.toString());
  }
}
