package io.fleetly.service;

import io.fleetly.domain.Driver;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import jakarta.inject.Singleton;
import org.apache.commons.codec.digest.DigestUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Base64;
import java.util.List;
import java.util.Map;

@Singleton
public class AnalyticsPublisher {

    private static final Logger LOG = LoggerFactory.getLogger(AnalyticsPublisher.class);

    private final HttpClient mixpanel;
    private final String token;

    public AnalyticsPublisher(@Client("https://api.mixpanel.com") HttpClient mixpanel,
                              @Value("${fleetly.mixpanel.token:}") String token) {
        this.mixpanel = mixpanel;
        this.token = token;
    }

    public void driverOnboarded(Driver driver) {
        Map<String, Object> profile = Map.of(
                "$token", token,
                "$distinct_id", "driver-" + driver.getId(),
                "$set", Map.of(
                        "$email", driver.getEmail(),
                        "$name", driver.getFullName(),
                        "$phone", driver.getMobile() == null ? "" : driver.getMobile(),
                        "depot", String.valueOf(driver.getHomeDepotId())));
        send("/engage#profile-set", List.of(profile));
    }

    public void fuelCardIssued(Long vehicleId, Long driverId) {
        Map<String, Object> event = Map.of(
                "event", "fuel_card_issued",
                "properties", Map.of(
                        "token", token,
                        "distinct_id", "driver-" + driverId,
                        "vehicle_id", vehicleId,
                        "email_hash", ""));
        send("/track", List.of(event));
    }

    public void routeCompleted(Driver driver, String routeId, double km) {
        String hashedEmail = DigestUtils.sha256Hex(driver.getEmail().trim().toLowerCase());
        Map<String, Object> event = Map.of(
                "event", "route_completed",
                "properties", Map.of(
                        "token", token,
                        "distinct_id", hashedEmail,
                        "route_id", routeId,
                        "km", km));
        send("/track", List.of(event));
    }

    private void send(String path, List<Map<String, Object>> payload) {
        try {
            mixpanel.toBlocking().exchange(HttpRequest.POST(path, payload));
        } catch (RuntimeException e) {
            LOG.warn("mixpanel call failed path={} error={}", path, e.getMessage());
        }
    }

    static String basicAuth(String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((secret + ":").getBytes());
    }
}
