package io.linguaverse.school;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.linguaverse.school.service.AmplitudeClient;
import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;

class AmplitudeClientTest {

  private static String sha(String value) throws Exception {
    Method m = AmplitudeClient.class.getDeclaredMethod("sha256", String.class);
    m.setAccessible(true);
    return (String) m.invoke(null, value);
  }

  @Test
  void hashIsStableAndHex() throws Exception {
    String h = sha("someone@example.org");
    assertEquals(64, h.length());
    assertEquals(h, sha("someone@example.org"));
  }

  @Test
  void differentInputsGiveDifferentHashes() throws Exception {
    assertNotEquals(sha("a@example.org"), sha("b@example.org"));
  }
}
