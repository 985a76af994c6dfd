package com.starvault.support;

import com.starvault.clients.CopperApi;
import com.starvault.clients.SplunkHec;
import com.starvault.models.Visitor;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

public final class Telemetry {
  private final SplunkHec splunk;
  private final CopperApi copper;

  public Telemetry(SplunkHec splunk, CopperApi copper) {
    this.splunk = splunk;
    this.copper = copper;
  }

  public void signupEvent(Visitor v, String ip) {
    splunk.send(Map.of("sourcetype", "_json", "event", Map.of("type", "signup", "email", v.email(), "name", v.fullName(), "ip", ip)));
  }

  public void bookingEvent(long visitorId, String show, int seats) {
    splunk.send(Map.of("sourcetype", "_json", "event", Map.of("type", "booking", "visitor", sha256(Long.toString(visitorId)), "show", show, "seats", seats)));
  }

  public void crmPerson(Visitor v) {
    copper.createPerson(Map.of(
        "name", v.fullName(),
        "emails", List.of(Map.of("email", v.email(), "category", "personal")),
        "phone_numbers", List.of(Map.of("number", v.getString("phone"), "category", "mobile"))));
  }

  public void showReminderOptIn(long visitorId, boolean optIn) {
    splunk.send(Map.of("sourcetype", "_json", "event", Map.of("type", "reminder_opt_in", "visitor", sha256("v:" + visitorId), "opt_in", optIn)));
  }

  public void crmActivity(long copperPersonId, String note) {
    copper.logActivity(Map.of("parent", Map.of("id", copperPersonId, "type", "person"), "type", Map.of("category", "user", "id", 0), "details", note));
  }

  static String sha256(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes()));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
