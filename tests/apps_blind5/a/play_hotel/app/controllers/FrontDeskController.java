package controllers;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.concurrent.CompletionStage;
import javax.inject.Inject;
import models.IncidentalHold;
import models.Reservation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import play.cache.AsyncCacheApi;
import play.libs.Json;
import play.mvc.Controller;
import play.mvc.Http;
import play.mvc.Result;
import services.PaymentService;

public class FrontDeskController extends Controller {

  private static final Logger log = LoggerFactory.getLogger(FrontDeskController.class);

  private final PaymentService payments;
  private final AsyncCacheApi cache;

  @Inject
  public FrontDeskController(PaymentService payments, AsyncCacheApi cache) {
    this.payments = payments;
    this.cache = cache;
  }

  public Result checkIn(Http.Request request, String code) {
    Reservation r = Reservation.find.query().where().eq("code", code).findOne();
    if (r == null) {
      return notFound();
    }
    MDC.put("reservation", code);
    try {
      String room = request.body().asJson().path("room").asText();
      r.status = Reservation.Status.CHECKED_IN;
      r.update();
      log.info("checked in room={} nights={} guest_id={}", room, r.departure.toEpochDay() - r.arrival.toEpochDay(), r.guest.id);
      log.info("welcome {} from {} passport={}", r.guest.fullName(), r.guest.nationality, r.guest.passportNumber);
      return ok(Json.newObject().put("room", room));
    } finally {
      MDC.remove("reservation");
    }
  }

  public CompletionStage<Result> incidentalHold(Http.Request request) {
    JsonNode body = request.body().asJson();
    String code = body.get("reservation").asText();
    var card = new dto.BookingRequest.CardData();
    card.cardNo = body.path("card").path("pan").asText();
    card.expiry = body.path("card").path("expiry").asText();
    card.cvc2 = body.path("card").path("cvc").asText();
    card.holder = body.path("card").path("holder").asText();

    log.debug("incidental hold requested reservation={} card={}", code, card);
    cache.set("incidental:" + code, card, 900);

    return payments.tokenize(card, code).thenCompose(tok ->
        payments.preauthorize(tok.token(), 20000L, code).thenApply(preauthId -> {
          Reservation r = Reservation.find.query().where().eq("code", code).findOne();
          IncidentalHold hold = new IncidentalHold();
          hold.reservationId = r.id;
          hold.preauthId = preauthId;
          hold.amountCents = 20000L;
          hold.cardBin = tok.bin();
          hold.cardLastFour = tok.last4();
          hold.save();
          log.info("incidental hold reservation={} preauth={} card={}******{}", code, preauthId, tok.bin(), tok.last4());
          return ok(Json.newObject().put("holdId", hold.id));
        }));
  }
}
