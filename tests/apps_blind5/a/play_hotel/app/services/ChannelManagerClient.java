package services;

import com.typesafe.config.Config;
import javax.inject.Inject;
import javax.inject.Singleton;
import models.Reservation;
import play.Logger;
import play.libs.Json;
import play.libs.ws.WSClient;

/** Pushes confirmed bookings to the channel manager so OTAs see the inventory change. */
@Singleton
public class ChannelManagerClient {

  private static final Logger.ALogger logger = Logger.of(ChannelManagerClient.class);

  private final WSClient ws;
  private final String url;
  private final String hotelCode;

  @Inject
  public ChannelManagerClient(WSClient ws, Config config) {
    this.ws = ws;
    this.url = config.getString("channel-manager.url");
    this.hotelCode = config.getString("channel-manager.hotel-code");
  }

  public void pushBooking(Reservation r) {
    var payload = Json.newObject()
        .put("hotel", hotelCode)
        .put("confirmation", r.code)
        .put("roomType", r.roomType)
        .put("arrival", r.arrival.toString())
        .put("departure", r.departure.toString())
        .put("guestName", r.guest.fullName())
        .put("guestEmail", r.guest.email);
    ws.url(url).post(payload).whenComplete((resp, err) -> {
      if (err != null) {
        logger.error("channel push failed code=" + r.code, err);
      } else {
        logger.info("channel push code={} status={}", r.code, resp.getStatus());
      }
    });
  }

  public void pushAvailability(String roomType, int available) {
    ws.url(url + "/availability")
        .post(Json.newObject().put("hotel", hotelCode).put("roomType", roomType).put("available", available));
  }
}
