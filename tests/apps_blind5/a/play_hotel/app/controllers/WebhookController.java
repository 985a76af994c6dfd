package controllers;

import com.fasterxml.jackson.databind.JsonNode;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import javax.inject.Inject;
import com.typesafe.config.Config;
import models.Reservation;
import play.Logger;
import play.mvc.Controller;
import play.mvc.Http;
import play.mvc.Result;

public class WebhookController extends Controller {

  private static final Logger.ALogger logger = Logger.of(WebhookController.class);
  private final byte[] secret;

  @Inject
  public WebhookController(Config config) {
    this.secret = config.getString("payments.api-key").getBytes(StandardCharsets.UTF_8);
  }

  private boolean valid(String raw, String signature) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret, "HmacSHA256"));
    return HexFormat.of().formatHex(mac.doFinal(raw.getBytes(StandardCharsets.UTF_8))).equals(signature);
  }

  public Result harbourpay(Http.Request request) throws Exception {
    String raw = request.body().asText() != null ? request.body().asText() : request.body().asJson().toString();
    if (!valid(raw, request.header("X-HarbourPay-Signature").orElse(""))) {
      logger.warn("webhook signature invalid from {}", request.remoteAddress());
      return forbidden();
    }
    JsonNode event = play.libs.Json.parse(raw);
    String type = event.path("type").asText();
    String reference = event.path("data").path("reference").asText();
    logger.info("harbourpay webhook type={} reference={} id={}", type, reference, event.path("id").asText());
    Reservation r = Reservation.find.query().where().eq("code", reference).findOne();
    if (r != null && "preauthorization.expired".equals(type)) {
      r.status = Reservation.Status.HELD;
      r.update();
      logger.info("preauth expired, reservation {} back to HELD", r.code);
    }
    return ok();
  }
}
