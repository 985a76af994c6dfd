package com.example.carwash.service;

import com.example.carwash.domain.Member;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

@Service
public class EngagementService {
    private static final Logger log = LoggerFactory.getLogger(EngagementService.class);

    private final WebClient braze;
    private final WebClient fleet;

    public EngagementService(@Qualifier("brazeClient") WebClient braze, @Qualifier("fleetClient") WebClient fleet) {
        this.braze = braze;
        this.fleet = fleet;
    }

    public Mono<Void> syncMember(Member member) {
        Map<String, Object> attributes = Map.of(
                "external_id", member.getId().toString(),
                "email", member.getEmail(),
                "phone", member.getMobile(),
                "first_name", member.getDisplayName(),
                "plan", member.getPlanName());
        return braze.post()
                .uri("/users/track")
                .bodyValue(Map.of("attributes", List.of(attributes)))
                .retrieve()
                .toBodilessEntity()
                .doOnSuccess(r -> log.info("braze sync ok member={} status={}", member.getId(), r.getStatusCode()))
                .then();
    }

    public Mono<Void> washCompleted(Member member, int bay) {
        Map<String, Object> event = Map.of(
                "external_id", member.getId().toString(),
                "name", "wash_completed",
                "properties", Map.of("bay", bay, "plan", member.getPlanName()));
        return braze.post().uri("/users/track").bodyValue(Map.of("events", List.of(event)))
                .retrieve().toBodilessEntity().then();
    }

    public Mono<Void> notifyFleetManager(Member member, String plate) {
        return fleet.post()
                .uri("/wash-events")
                .bodyValue(Map.of("plate", plate, "driverEmail", member.getEmail(), "driverName", member.getDisplayName()))
                .retrieve()
                .toBodilessEntity()
                .then();
    }

    static String sha256(String value) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(value.trim().toLowerCase().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public Mono<Void> adsAudience(Member member) {
        return braze.post().uri("/users/alias/new")
                .bodyValue(Map.of("user_aliases", List.of(Map.of("alias_name", sha256(member.getEmail()), "alias_label", "email_sha256"))))
                .retrieve().toBodilessEntity().then();
    }
}
