package io.linguaverse.school.model;

import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import java.time.LocalDate;

public record Student(long id, String email, String fullName, String phone, LocalDate dateOfBirth, String nativeLanguage) {

  public static Student fromRow(Row row) {
    return new Student(
        row.getLong("id"),
        row.getString("email"),
        row.getString("full_name"),
        row.getString("phone"),
        row.getLocalDate("date_of_birth"),
        row.getString("native_language"));
  }

  public JsonObject toPublicJson() {
    return new JsonObject().put("id", id).put("fullName", fullName).put("nativeLanguage", nativeLanguage);
  }
}
