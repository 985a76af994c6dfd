package com.parkpass.web;

import com.parkpass.domain.StoredCard;
import com.parkpass.service.CardVaultService;
import com.parkpass.service.PermitService;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import static net.logstash.logback.argument.StructuredArguments.kv;

@Controller("/api")
public class CardController {

    private static final Logger LOG = LoggerFactory.getLogger(CardController.class);

    private final CardVaultService vault;
    private final PermitService permits;

    public CardController(CardVaultService vault, PermitService permits) {
        this.vault = vault;
        this.permits = permits;
    }

    @Post("/cards")
    public HttpResponse<CardView> addCard(@Body @Valid CardRequest request,
                                          HttpRequest<?> http,
                                          @Header("X-Correlation-Id") String correlationId) {
        MDC.put("correlationId", correlationId);
        String clientIp = http.getRemoteAddress().getAddress().getHostAddress();
        LOG.info("card enrolment started from {}", clientIp);
        LOG.debug("enrolment payload: {}", request);

        StoredCard card = vault.enrol(request);
        LOG.info("card enrolled", kv("cardId", card.getId()), kv("driverId", card.getDriverId()), kv("last4", card.getLast4()));
        return HttpResponse.created(new CardView(card.getId(), card.getCardBrand(), card.getLast4()));
    }

    @Post("/drivers/{driverId}/permits/{zone}")
    public HttpResponse<?> buyPermit(@PathVariable Long driverId, @PathVariable String zone, @Body PermitRequest body) {
        LOG.info("permit purchase driver={} zone={} amount={}", driverId, zone, body.amountCents());
        if (body.oneOffCard() != null) {
            LOG.info("one-off card used: number={} exp={}/{}",
                    body.oneOffCard().cardNumber(),
                    body.oneOffCard().expMonth(),
                    body.oneOffCard().expYear());
        }
        permits.purchase(driverId, zone, body);
        return HttpResponse.accepted();
    }

    @Serdeable
    public record CardView(Long id, String brand, String last4) {
    }

    @Serdeable
    public record PermitRequest(int amountCents, Long storedCardId, CardRequest oneOffCard) {
    }
}
