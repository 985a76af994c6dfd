package io.linguaverse.school.service;

import io.linguaverse.school.model.Student;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.mail.MailClient;
import io.vertx.ext.mail.MailConfig;
import io.vertx.ext.mail.MailMessage;
import io.vertx.ext.mail.StartTLSOptions;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

public class MailService {
  private static final Logger LOG = LogManager.getLogger(MailService.class);

  private final MailClient client;
  private final String from;

  public MailService(Vertx vertx, JsonObject config) {
    MailConfig mailConfig = new MailConfig()
        .setHostname(config.getString("host"))
        .setPort(config.getInteger("port", 587))
        .setStarttls(StartTLSOptions.REQUIRED)
        .setUsername(System.getenv("SMTP_USER"))
        .setPassword(System.getenv("SMTP_PASSWORD"));
    this.client = MailClient.createShared(vertx, mailConfig, "linguaverse-mail");
    this.from = config.getString("from");
  }

  public Future<Void> sendWelcome(Student student, String courseName) {
    MailMessage message = new MailMessage()
        .setFrom(from)
        .setTo(student.email())
        .setSubject("Welcome to " + courseName)
        .setText("Hi " + student.fullName().split(" ")[0] + ",\n\nYour place on " + courseName + " is confirmed.\n");
    return client.sendMail(message)
        .onSuccess(result -> LOG.info("welcome mail accepted, message id {}", result.getMessageID()))
        .onFailure(err -> LOG.error("welcome mail for student {} failed: {}", student.id(), err.getMessage()))
        .mapEmpty();
  }

  public Future<Void> sendReceipt(Student student, String maskedPan, int amountCents) {
    MailMessage message = new MailMessage()
        .setFrom(from)
        .setTo(student.email())
        .setSubject("Your Linguaverse receipt")
        .setText(String.format("Paid EUR %.2f with card %s.%n", amountCents / 100.0, maskedPan));
    return client.sendMail(message).mapEmpty();
  }
}
