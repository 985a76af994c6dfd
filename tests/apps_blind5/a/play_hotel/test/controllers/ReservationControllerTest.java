package controllers;

import static org.junit.Assert.assertEquals;
import static play.test.Helpers.POST;
import static play.test.Helpers.route;

import play.Application;
import play.inject.guice.GuiceApplicationBuilder;
import play.libs.Json;
import play.mvc.Http;
import play.mvc.Result;
import play.test.WithApplication;
import org.junit.Test;

public class ReservationControllerTest extends WithApplication {

  @Override
  protected Application provideApplication() {
    return new GuiceApplicationBuilder().configure("payments.base-url", "http://localhost:19001").build();
  }

  @Test
  public void createWithoutCardIsHeld() {
    var body = Json.newObject()
        .put("firstName", "Test").put("lastName", "Guest").put("email", "guest@example.com")
        .put("roomType", "double").put("arrival", "2030-05-01").put("departure", "2030-05-03").put("adults", 2);
    Http.RequestBuilder req = new Http.RequestBuilder().method(POST).uri("/api/reservations").bodyJson(body);
    Result result = route(app, req);
    assertEquals(201, result.status());
  }

  @Test
  public void declinedCardReturns402() {
    var body = Json.newObject()
        .put("firstName", "Test").put("lastName", "Guest").put("email", "guest2@example.com")
        .put("roomType", "double").put("arrival", "2030-05-01").put("departure", "2030-05-03").put("adults", 1);
    body.putObject("card").put("cardNo", "4000000000000002").put("expiry", "12/30").put("cvc2", "123").put("holder", "Test Guest");
    Result result = route(app, new Http.RequestBuilder().method(POST).uri("/api/reservations").bodyJson(body));
    assertEquals(402, result.status());
  }
}
