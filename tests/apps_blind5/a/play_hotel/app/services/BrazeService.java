package services;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.typesafe.config.Config;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.inject.Inject;
import javax.inject.Singleton;
import models.Guest;
import models.Reservation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import play.libs.Json;
import play.libs.ws.WSClient;

@Singleton
public class BrazeService {

  private static final Logger log = LoggerFactory.getLogger(BrazeService.class);

  private final WSClient ws;
  private final String endpoint;
  private final String apiKey;

  @Inject
  public BrazeService(WSClient ws, Config config) {
    this.ws = ws;
    this.endpoint = config.getString("braze.endpoint");
    this.apiKey = config.getString("braze.api-key");
  }

  private static String sha256(String value) {
    try {
      var digest = MessageDigest.getInstance("SHA-256").digest(value.trim().toLowerCase().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public void syncGuest(Guest guest) {
    ObjectNode attrs = Json.newObject()
        .put("external_id", "guest-" + guest.id)
        .put("email", guest.email)
        .put("first_name", guest.firstName)
        .put("last_name", guest.lastName)
        .put("phone", guest.phone);
    post("/users/track", Json.newObject().set("attributes", Json.newArray().add(attrs)));
  }

  public void trackStay(Reservation r) {
    ObjectNode event = Json.newObject()
        .put("external_id", "guest-" + r.guest.id)
        .put("name", "stay_booked")
        .put("time", java.time.Instant.now().toString());
    event.putObject("properties").put("room_type", r.roomType).put("nights", r.departure.toEpochDay() - r.arrival.toEpochDay()).put("email_hash", sha256(r.guest.email));
    post("/users/track", Json.newObject().set("events", Json.newArray().add(event)));
  }

  private void post(String path, ObjectNode body) {
    ws.url(endpoint + path)
        .addHeader("Authorization", "Bearer " + apiKey)
        .post(body)
        .thenAccept(resp -> {
          if (resp.getStatus() >= 300) {
            log.warn("braze call failed path={} status={}", path, resp.getStatus());
          }
        });
  }
}
