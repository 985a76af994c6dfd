package io.linguaverse.school.service;

import io.linguaverse.school.model.Student;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClient;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/** Pushes students into the HubSpot CRM so the sales team can follow up on trial lessons. */
public class HubSpotClient {
  private static final Logger LOG = LogManager.getLogger(HubSpotClient.class);

  private final WebClient client;
  private final String baseUrl;
  private final String token;

  public HubSpotClient(WebClient client, JsonObject config) {
    this.client = client;
    this.baseUrl = config.getString("baseUrl");
    this.token = config.getString("token");
  }

  public Future<String> upsertContact(Student student, String courseCode) {
    JsonObject properties = new JsonObject()
        .put("email", student.email())
        .put("firstname", student.fullName().split(" ")[0])
        .put("phone", student.phone())
        .put("course_interest", courseCode);
    return client
        .postAbs(baseUrl + "/crm/v3/objects/contacts")
        .bearerTokenAuthentication(token)
        .sendJsonObject(new JsonObject().put("properties", properties))
        .map(resp -> {
          if (resp.statusCode() >= 300) {
            LOG.warn("HubSpot upsert failed for student {} with status {}", student.id(), resp.statusCode());
            return null;
          }
          return resp.bodyAsJsonObject().getString("id");
        });
  }

  public Future<Void> logTrialBooked(String contactId, long enrolmentId) {
    JsonObject event = new JsonObject()
        .put("eventName", "pe_trial_booked")
        .put("objectId", contactId)
        .put("properties", new JsonObject().put("enrolment_id", enrolmentId));
    return client.postAbs(baseUrl + "/events/v3/send").bearerTokenAuthentication(token)
        .sendJsonObject(event).mapEmpty();
  }

  static JsonArray batch(JsonObject... items) {
    return new JsonArray(java.util.List.of((Object[]) items));
  }
}
