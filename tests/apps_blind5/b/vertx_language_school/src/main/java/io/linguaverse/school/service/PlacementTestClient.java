package io.linguaverse.school.service;

import io.linguaverse.school.model.Student;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/** Registers new students with the legacy placement-test server in the office network. */
public class PlacementTestClient {
  private static final Logger LOG = LogManager.getLogger(PlacementTestClient.class);

  private final WebClient client;

  public PlacementTestClient(Vertx vertx, JsonObject config) {
    this.client = WebClient.create(vertx, new WebClientOptions()
        .setDefaultHost(config.getString("host"))
        .setDefaultPort(config.getInteger("port", 80))
        .setSsl(false));
  }

  public Future<String> register(Student student, String language) {
    return client
        .post("/api/candidates")
        .sendJsonObject(new JsonObject()
            .put("name", student.fullName())
            .put("email", student.email())
            .put("dob", String.valueOf(student.dateOfBirth()))
            .put("language", language))
        .map(resp -> {
          String candidateId = resp.bodyAsJsonObject().getString("candidateId");
          LOG.info("placement candidate {} created for student {}", candidateId, student.id());
          return candidateId;
        });
  }
}
