package org.lindenhall.subs.handlers;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.inject.Inject;
import org.lindenhall.subs.db.PatronRepository;
import org.lindenhall.subs.logging.Audit;
import org.lindenhall.subs.logging.PatronMdc;
import org.lindenhall.subs.model.Patron;
import org.lindenhall.subs.vendors.KeenClient;
import org.lindenhall.subs.vendors.SailthruClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ratpack.exec.Blocking;
import ratpack.handling.Context;
import ratpack.handling.Handler;

import static ratpack.jackson.Jackson.fromJson;
import static ratpack.jackson.Jackson.json;

public class PatronHandler implements Handler {
    private static final Logger log = LoggerFactory.getLogger(PatronHandler.class);

    private final PatronRepository patrons;
    private final SailthruClient sailthru;
    private final KeenClient keen;

    @Inject
    public PatronHandler(PatronRepository patrons, SailthruClient sailthru, KeenClient keen) {
        this.patrons = patrons;
        this.sailthru = sailthru;
        this.keen = keen;
    }

    @Override
    public void handle(Context ctx) {
        ctx.parse(fromJson(JsonNode.class)).then(body -> {
            log.info("patron signup {}", body);
            Blocking.get(() -> {
                long id = patrons.insert(body.path("fullName").asText(), body.path("email").asText(),
                        body.path("phone").asText(null), body.path("address").asText(null),
                        body.path("postcode").asText(null), body.path("accessNeeds").asText(null));
                return patrons.find(id);
            }).then(patron -> {
                PatronMdc.bind(patron);
                Audit.record("patron.created", patron);
                log.info("patron {} created", patron.describe());
                sailthru.upsertUser(patron, body.path("series").asText("Main Season")).then(status ->
                        log.info("sailthru upsert status={} patronId={}", status, patron.id()));
                keen.patronRegistered(patron).then(status -> log.debug("keen status {}", status));
                ctx.render(json(java.util.Map.of("id", patron.id())));
            });
        });
    }

    public static void lookupFailed(String email, Throwable err) {
        log.warn("lookup for " + email + " failed", err);
    }
}
