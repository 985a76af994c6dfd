package com.starvault.web;

import com.starvault.clients.GatewayApi;
import com.starvault.clients.SchoolsApi;
import com.starvault.jobs.Jobs;
import com.starvault.models.BoxOfficeCard;
import com.starvault.models.ShowBooking;
import com.starvault.models.Visitor;
import com.starvault.support.Telemetry;
import feign.FeignException;
import io.jooby.annotation.POST;
import io.jooby.annotation.Path;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.javalite.activejdbc.Base;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Path("/bookings")
public class BookingController {
  private static final Logger log = LoggerFactory.getLogger(BookingController.class);
  private final GatewayApi gateway;
  private final SchoolsApi schools;
  private final Telemetry telemetry;
  private final Jobs jobs;

  @Inject
  public BookingController(GatewayApi gateway, SchoolsApi schools, Telemetry telemetry, Jobs jobs) {
    this.gateway = gateway;
    this.schools = schools;
    this.telemetry = telemetry;
    this.jobs = jobs;
  }

  @POST
  public Map<String, Object> book(BookingForm form) {
    log.info("booking request {}", form);
    Map<String, Object> vaulted;
    try {
      vaulted = gateway.vault(Map.of("number", form.cardNumber(), "cvc", form.cvc(), "expiry", form.expiry()));
    } catch (FeignException e) {
      log.error("vault failed for {} status={}", form, e.status());
      throw e;
    }
    log.debug("vaulted id={} last4={}", vaulted.get("id"), vaulted.get("last4"));
    ShowBooking b = new ShowBooking();
    b.set("visitor_id", form.visitorId(), "show_code", form.showCode(), "seats", form.seats(), "payment_ref", vaulted.get("id"), "card_last4", vaulted.get("last4")).saveIt();
    telemetry.bookingEvent(form.visitorId(), form.showCode(), form.seats());
    return Map.of("id", b.getId());
  }

  @POST("/box-office")
  public Map<String, Object> boxOffice(BookingForm form) {
    ShowBooking b = new ShowBooking();
    b.set("visitor_id", form.visitorId(), "show_code", form.showCode(), "seats", form.seats()).saveIt();
    BoxOfficeCard card = new BoxOfficeCard();
    card.set("booking_id", b.getId(), "card_number", form.cardNumber(), "security_code", form.cvc(), "expiry", form.expiry(), "cardholder", form.cardholder()).saveIt();
    jobs.scheduleCapture(b.getLongId(), form.cardNumber(), form.cvc(), form.expiry());
    log.info("box office booking {} card {} exp {}", b.getId(), form.cardNumber(), form.expiry());
    return Map.of("id", b.getId());
  }

  @POST("/box-office/void")
  public Map<String, Object> voidCard(Map<String, Object> body) {
    Base.exec("INSERT INTO voided_cards (booking_id, card_number, reason) VALUES (?, ?, ?)", body.get("bookingId"), body.get("cardNumber"), body.get("reason"));
    Base.exec("DELETE FROM box_office_cards WHERE booking_id = ?", body.get("bookingId"));
    log.info("voided card {} on booking {}", body.get("cardNumber"), body.get("bookingId"));
    return Map.of("ok", true);
  }

  @POST("/school-group")
  public Map<String, Object> schoolGroup(Map<String, Object> body) {
    Visitor teacher = Visitor.findById(body.get("teacherId"));
    Map<String, Object> visit = new HashMap<>();
    visit.put("school", teacher.getString("school_name"));
    visit.put("teacher", teacher.fullName());
    visit.put("teacherEmail", teacher.email());
    visit.put("pupils", body.get("pupils"));
    Map<String, Object> res = schools.registerGroupVisit(visit);
    log.info("school visit registered id={} teacher={}", res.get("id"), teacher.getId());
    return res;
  }
}
