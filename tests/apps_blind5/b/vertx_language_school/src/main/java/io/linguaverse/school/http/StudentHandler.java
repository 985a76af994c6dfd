package io.linguaverse.school.http;

import io.linguaverse.school.repo.StudentRepository;
import io.linguaverse.school.service.HubSpotClient;
import io.linguaverse.school.service.PlacementTestClient;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.time.LocalDate;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

public class StudentHandler {
  private static final Logger LOG = LogManager.getLogger(StudentHandler.class);

  private final StudentRepository students;
  private final HubSpotClient hubSpot;
  private final PlacementTestClient placement;

  public StudentHandler(StudentRepository students, HubSpotClient hubSpot, PlacementTestClient placement) {
    this.students = students;
    this.hubSpot = hubSpot;
    this.placement = placement;
  }

  public void register(RoutingContext ctx) {
    JsonObject body = ctx.body().asJsonObject();
    String email = body.getString("email", "").trim().toLowerCase();
    String fullName = body.getString("fullName");
    if (email.isEmpty() || fullName == null) {
      LOG.info("registration rejected: missing fields, request {}", ctx.get("requestId").toString());
      ctx.fail(422);
      return;
    }
    LOG.info("registering student {} <{}>", fullName, email);
    students
        .insert(email, fullName, body.getString("phone"), LocalDate.parse(body.getString("dateOfBirth")),
            body.getString("nativeLanguage"))
        .compose(id -> students.findById(id))
        .onSuccess(opt -> opt.ifPresent(student -> {
          LOG.info("student {} registered", student.id());
          hubSpot.upsertContact(student, body.getString("courseCode"));
          if (body.getBoolean("wantsPlacementTest", false)) {
            placement.register(student, body.getString("targetLanguage", "en"));
          }
          ctx.response().setStatusCode(201).putHeader("Content-Type", "application/json")
              .end(student.toPublicJson().encode());
        }))
        .onFailure(err -> {
          LOG.error("registration failed for request {}", ctx.<String>get("requestId"), err);
          ctx.fail(500, err);
        });
  }

  public void show(RoutingContext ctx) {
    long id = Long.parseLong(ctx.pathParam("id"));
    students.findById(id).onSuccess(opt -> {
      if (opt.isEmpty()) {
        ctx.fail(404);
        return;
      }
      LOG.debug("loaded student {}", opt.get());
      ctx.json(opt.get().toPublicJson());
    }).onFailure(ctx::fail);
  }
}
