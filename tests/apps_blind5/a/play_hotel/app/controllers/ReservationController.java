package controllers;

import com.fasterxml.jackson.databind.JsonNode;
import dto.BookingRequest;
import java.security.SecureRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import javax.inject.Inject;
import models.Guest;
import models.Reservation;
import play.Logger;
import play.libs.Json;
import play.mvc.Controller;
import play.mvc.Http;
import play.mvc.Result;
import repository.GuestRepository;
import services.BrazeService;
import services.ChannelManagerClient;
import services.PaymentService;

public class ReservationController extends Controller {

  private static final Logger.ALogger logger = Logger.of(ReservationController.class);
  private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final GuestRepository guests;
  private final PaymentService payments;
  private final ChannelManagerClient channelManager;
  private final BrazeService braze;

  @Inject
  public ReservationController(GuestRepository guests, PaymentService payments, ChannelManagerClient channelManager, BrazeService braze) {
    this.guests = guests;
    this.payments = payments;
    this.channelManager = channelManager;
    this.braze = braze;
  }

  private static String newCode() {
    var sb = new StringBuilder("HV");
    for (int i = 0; i < 8; i++) sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    return sb.toString();
  }

  public CompletionStage<Result> create(Http.Request request) {
    JsonNode json = request.body().asJson();
    BookingRequest req = Json.fromJson(json, BookingRequest.class);
    logger.debug("booking request {}", req);
    logger.info("booking request for {} {} <{}>, {} nights", req.firstName, req.lastName, req.email, req.departure.toEpochDay() - req.arrival.toEpochDay());

    Guest guest = guests.upsert(req);
    Reservation r = new Reservation();
    r.code = newCode();
    r.guest = guest;
    r.roomType = req.roomType;
    r.arrival = req.arrival;
    r.departure = req.departure;
    r.adults = req.adults;
    r.totalCents = (req.departure.toEpochDay() - req.arrival.toEpochDay()) * 14900L;
    r.save();

    if (req.card == null) {
      logger.info("reservation {} held without card, guest id={}", r.code, guest.id);
      return CompletableFuture.completedFuture(created(Json.toJson(r)));
    }

    return payments.tokenize(req.card, r.code)
        .thenCompose(tok -> {
          r.paymentToken = tok.token();
          r.cardBrand = tok.brand();
          r.cardLastFour = tok.last4();
          r.status = Reservation.Status.CONFIRMED;
          r.update();
          return payments.preauthorize(tok.token(), r.totalCents, r.code);
        })
        .thenApply(preauthId -> {
          channelManager.pushBooking(r);
          braze.syncGuest(guest);
          braze.trackStay(r);
          logger.info("reservation confirmed code={} guest={} preauth={}", r.code, guest.id, preauthId);
          return created(Json.toJson(r));
        })
        .exceptionally(ex -> {
          logger.warn("reservation {} payment failed for guest {}: {}", r.code, guest, ex.getMessage());
          if ("late_arrival".equals(req.roomType)) {
            guests.storeGuarantee(r.id, req.card);
          }
          return status(402, Json.newObject().put("error", "payment_failed"));
        });
  }

  public Result show(String code) {
    return Reservation.find.query().where().eq("code", code).findOneOrEmpty()
        .map(r -> {
          logger.debug("reservation lookup code={} status={}", code, r.status);
          return ok(Json.toJson(r));
        })
        .orElseGet(() -> {
          logger.info("reservation not found code={}", code);
          return notFound();
        });
  }
}
