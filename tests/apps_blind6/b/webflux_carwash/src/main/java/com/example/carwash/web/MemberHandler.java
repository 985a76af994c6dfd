package com.example.carwash.web;

import com.example.carwash.domain.Member;
import com.example.carwash.repo.Repositories.MemberRepository;
import com.example.carwash.service.EngagementService;
import com.example.carwash.service.KioskPaymentService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

@Component
public class MemberHandler {
    private static final Logger log = LoggerFactory.getLogger(MemberHandler.class);

    private final MemberRepository members;
    private final EngagementService engagement;
    private final KioskPaymentService kiosk;

    public MemberHandler(MemberRepository members, EngagementService engagement, KioskPaymentService kiosk) {
        this.members = members;
        this.engagement = engagement;
        this.kiosk = kiosk;
    }

    public Mono<ServerResponse> join(ServerRequest request) {
        return request.bodyToMono(Member.class)
                .doOnNext(m -> log.info("join request for {}", m))
                .flatMap(members::save)
                .flatMap(saved -> engagement.syncMember(saved).thenReturn(saved))
                .doOnNext(saved -> log.info("member {} joined plan {}", saved.getId(), saved.getPlanName()))
                .flatMap(saved -> ServerResponse.status(HttpStatus.CREATED).bodyValue(saved.getId()));
    }

    public Mono<ServerResponse> lookup(ServerRequest request) {
        String email = request.queryParam("email").orElse("");
        return members.findByEmail(email)
                .flatMap(m -> ServerResponse.ok().bodyValue(m))
                .switchIfEmpty(Mono.defer(() -> {
                    log.warn("member lookup miss email={} remote={}", email, request.remoteAddress().orElse(null));
                    return ServerResponse.notFound().build();
                }));
    }

    public Mono<ServerResponse> swipe(ServerRequest request) {
        return request.bodyToMono(CardSwipe.class)
                .flatMap(swipe -> kiosk.authorize(swipe)
                        .flatMap(auth -> kiosk.rememberBay(auth, swipe.bay()).thenReturn(auth)))
                .doOnNext(auth -> log.info("swipe handled auth={} path={}", auth, request.path()))
                .flatMap(auth -> ServerResponse.ok().bodyValue(auth));
    }

    public Mono<ServerResponse> health(ServerRequest request) {
        log.debug("health probe from {}", request.remoteAddress().map(Object::toString).orElse("unknown"));
        return ServerResponse.ok().bodyValue("UP");
    }
}
