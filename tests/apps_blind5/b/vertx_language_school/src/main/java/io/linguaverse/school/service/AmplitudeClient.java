package io.linguaverse.school.service;

import io.linguaverse.school.model.Student;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClient;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/** Product analytics through the Amplitude HTTP V2 API. */
public class AmplitudeClient {
  private static final Logger LOG = LogManager.getLogger(AmplitudeClient.class);
  private static final String ENDPOINT = "https://api2.amplitude.com/2/httpapi";

  private final WebClient client;
  private final String apiKey;

  public AmplitudeClient(WebClient client, String apiKey) {
    this.client = client;
    this.apiKey = apiKey;
  }

  public void courseViewed(long studentId, String courseCode) {
    send(new JsonObject()
        .put("user_id", "student-" + studentId)
        .put("event_type", "course_viewed")
        .put("event_properties", new JsonObject().put("course", courseCode)));
  }

  public void trialBooked(Student student, String courseCode) {
    send(new JsonObject()
        .put("user_id", "student-" + student.id())
        .put("event_type", "trial_booked")
        .put("user_properties", new JsonObject()
            .put("email", student.email())
            .put("native_language", student.nativeLanguage()))
        .put("event_properties", new JsonObject().put("course", courseCode)));
  }

  public void newsletterSignup(String email) {
    send(new JsonObject()
        .put("device_id", sha256(email.trim().toLowerCase()))
        .put("event_type", "newsletter_signup"));
  }

  private void send(JsonObject event) {
    client.postAbs(ENDPOINT)
        .sendJsonObject(new JsonObject().put("api_key", apiKey).put("events", new JsonArray().add(event)))
        .onFailure(err -> LOG.warn("amplitude event {} dropped: {}", event.getString("event_type"), err.getMessage()));
  }

  static String sha256(String value) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
