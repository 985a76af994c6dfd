package com.parkpass.web;

import com.parkpass.analytics.MixpanelTracker;
import com.parkpass.domain.Driver;
import com.parkpass.repository.DriverRepository;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.authentication.UsernamePasswordCredentials;
import io.micronaut.serde.annotation.Serdeable;
import org.mindrot.jbcrypt.BCrypt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;

import static net.logstash.logback.argument.StructuredArguments.kv;

@Controller("/api/drivers")
public class DriverController {

    private static final Logger log = LoggerFactory.getLogger(DriverController.class);

    private final DriverRepository drivers;
    private final MixpanelTracker tracker;

    public DriverController(DriverRepository drivers, MixpanelTracker tracker) {
        this.drivers = drivers;
        this.tracker = tracker;
    }

    @Serdeable
    public record SignUp(String email, String fullName, String phone, String plateNumber, String password) {
    }

    @Post("/signup")
    public HttpResponse<Long> signUp(@Body SignUp form) {
        String hash = BCrypt.hashpw(form.password(), BCrypt.gensalt(12));
        Driver saved = drivers.save(new Driver(null, form.email(), form.fullName(), form.phone(),
                form.plateNumber(), hash, null));
        log.info("new driver registered: {}", saved);
        tracker.driverRegistered(saved);
        return HttpResponse.created(saved.id());
    }

    @Post("/login")
    public HttpResponse<?> login(@Body UsernamePasswordCredentials credentials, HttpRequest<?> request) {
        Optional<Driver> driver = drivers.findByEmail(credentials.getUsername());
        if (driver.isEmpty() || !BCrypt.checkpw(credentials.getPassword(), driver.get().passwordHash())) {
            log.warn("failed login", kv("email", credentials.getUsername()),
                    kv("ip", request.getRemoteAddress().getAddress().getHostAddress()));
            return HttpResponse.status(HttpStatus.UNAUTHORIZED);
        }
        log.debug("login ok for driverId={}", driver.get().id());
        return HttpResponse.ok();
    }

    @Post("/plate")
    public HttpResponse<?> changePlate(@Body ChangePlate body) {
        Driver d = drivers.findById(body.driverId()).orElseThrow();
        drivers.update(d.withPlate(body.plate()));
        log.info(String.format("plate changed for %s (%s): %s -> %s", d.fullName(), d.phone(), d.plateNumber(), body.plate()));
        return HttpResponse.noContent();
    }

    @Serdeable
    public record ChangePlate(Long driverId, String plate) {
    }
}
