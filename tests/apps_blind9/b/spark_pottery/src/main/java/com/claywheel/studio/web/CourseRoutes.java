package com.claywheel.studio.web;

import static spark.Spark.post;

import com.claywheel.studio.client.GatewayApi;
import com.claywheel.studio.client.GatewayApi.CardSource;
import com.claywheel.studio.client.GatewayApi.ChargeRequest;
import com.claywheel.studio.client.Integrations;
import com.claywheel.studio.client.PartnerApis.CloseCrm;
import com.claywheel.studio.model.CardInput;
import com.claywheel.studio.repo.BookingRepository;
import com.claywheel.studio.util.Masking;
import com.google.gson.Gson;
import com.google.gson.JsonObject;
import java.util.List;
import java.util.Map;
import org.tinylog.Logger;

public class CourseRoutes {
    record BookingBody(long memberId, int pricePence, CardInput card, String voucherCode) {}

    private final BookingRepository bookings;
    private final Integrations integrations;
    private final Gson gson;

    public CourseRoutes(BookingRepository bookings, Integrations integrations, Gson gson) {
        this.bookings = bookings;
        this.integrations = integrations;
        this.gson = gson;
    }

    public void register() {
        post("/courses/:id/bookings", (req, res) -> {
            int courseId = Integer.parseInt(req.params(":id"));
            BookingBody body = gson.fromJson(req.body(), BookingBody.class);
            if (bookings.seatsLeft(courseId) <= 0) {
                res.status(409);
                return "{\"error\":\"course full\"}";
            }
            Logger.info("course {} booking for member {} paying with {}", courseId, body.memberId(), body.card());
            String[] exp = body.card().expiry.split("/");
            CardSource source = new CardSource(body.card().number, Integer.parseInt(exp[0]),
                    2000 + Integer.parseInt(exp[1]), body.card().cvc, body.card().holder);
            GatewayApi.ChargeResult result = integrations.gateway
                    .charge(new ChargeRequest(body.pricePence(), "gbp", "CW-C" + courseId, source, true))
                    .execute().body();
            if (result == null || !"succeeded".equals(result.status())) {
                Logger.warn("course {} card {} declined ({})", courseId, Masking.pan(body.card().number),
                        result == null ? "no response" : result.declineCode());
                res.status(402);
                return "{\"error\":\"card declined\"}";
            }
            bookings.book(courseId, body.memberId(), result.id(), result.token(), result.last4(), body.voucherCode());
            res.status(201);
            return gson.toJson(Map.of("paymentId", result.id(), "card", result.brand() + " •••• " + result.last4()));
        });

        post("/enquiries/team-building", (req, res) -> {
            JsonObject e = gson.fromJson(req.body(), JsonObject.class);
            String name = e.get("name").getAsString();
            String email = e.get("email").getAsString();
            var contact = new CloseCrm.Contact(name,
                    List.of(new CloseCrm.Email(email, "office")),
                    List.of(new CloseCrm.Phone(e.get("phone").getAsString(), "office")));
            var lead = new CloseCrm.Lead(e.get("company").getAsString(), "Team-building enquiry: "
                    + e.get("groupSize").getAsInt() + " people", List.of(contact), Map.of("source", "website"));
            var created = integrations.close.createLead(lead).execute();
            Logger.info("team-building enquiry from {} -> Close {}", Masking.email(email), created.code());
            return "{\"ok\":true}";
        });
    }
}
