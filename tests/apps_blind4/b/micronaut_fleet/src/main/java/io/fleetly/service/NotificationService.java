package io.fleetly.service;

import static net.logstash.logback.argument.StructuredArguments.kv;

import io.fleetly.domain.Driver;
import io.micronaut.context.annotation.Value;
import io.micronaut.email.Email;
import io.micronaut.email.EmailSender;
import io.micronaut.email.template.TemplateBody;
import io.micronaut.views.ModelAndView;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/** Sends dispatch e-mails (licence expiry, card issued) through the configured EmailSender. */
@Singleton
public class NotificationService {

    private static final Logger log = LoggerFactory.getLogger(NotificationService.class);
    private static final Duration LICENCE_WARNING = Duration.ofDays(30);

    private final EmailSender<?, ?> emailSender;
    private final String fromAddress;
    private final String supportPhone;

    public NotificationService(EmailSender<?, ?> emailSender,
                               @Value("${fleetly.notifications.email-from}") String fromAddress,
                               @Value("${fleetly.notifications.support-phone}") String supportPhone) {
        this.emailSender = emailSender;
        this.fromAddress = fromAddress;
        this.supportPhone = supportPhone;
    }

    public void licenceExpiring(Driver driver) {
        if (driver.getLicenceExpiry() == null) {
            log.warn("driver has no licence expiry on file", kv("driverId", driver.getId()));
            return;
        }
        Instant started = Instant.now();
        emailSender.send(Email.builder()
                .from(fromAddress)
                .to(driver.getEmail())
                .subject("Your driving licence expires soon")
                .body(new TemplateBody<>(new ModelAndView<>("licence_expiring",
                        Map.of("name", driver.getFullName(), "expiry", driver.getLicenceExpiry(),
                                "supportPhone", supportPhone)))));
        log.info("licence reminder sent", kv("driverId", driver.getId()),
                kv("daysLeft", LICENCE_WARNING.toDays()),
                kv("elapsedMs", Duration.between(started, Instant.now()).toMillis()));
    }

    public void fuelCardIssued(Driver driver, String lastFour) {
        emailSender.send(Email.builder()
                .from(fromAddress)
                .to(driver.getEmail())
                .subject("A fuel card ending " + lastFour + " is waiting at your depot")
                .body("Collect it from the depot office. Questions: " + supportPhone));
        log.info("fuel card notice mailed driverId={} lastFour={}", driver.getId(), lastFour);
    }

    public void bounce(String messageId, String smtpStatus) {
        log.warn("email bounced", kv("messageId", messageId), kv("smtpStatus", smtpStatus));
    }
}
