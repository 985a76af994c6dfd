package org.lindenhall.subs.handlers;

import com.google.inject.Inject;
import org.lindenhall.subs.db.CardRepository;
import org.lindenhall.subs.logging.Audit;
import org.lindenhall.subs.logging.PatronMdc;
import org.lindenhall.subs.model.CardForm;
import org.lindenhall.subs.vendors.CrescendoPayClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ratpack.exec.Blocking;
import ratpack.handling.Context;
import ratpack.handling.Handler;

import static ratpack.jackson.Jackson.fromJson;
import static ratpack.jackson.Jackson.json;

public class CardHandler implements Handler {
    private static final Logger log = LoggerFactory.getLogger(CardHandler.class);

    private final CardRepository cards;
    private final CrescendoPayClient crescendo;

    @Inject
    public CardHandler(CardRepository cards, CrescendoPayClient crescendo) {
        this.cards = cards;
        this.crescendo = crescendo;
    }

    @Override
    public void handle(Context ctx) {
        long subscriptionId = Long.parseLong(ctx.getPathTokens().get("subscriptionId"));
        ctx.parse(fromJson(CardForm.class)).then(form -> {
            PatronMdc.bindId(form.patronId);
            log.info("card received for subscription {}: {}", subscriptionId, form);
            log.info("card received for subscription {} card={}", subscriptionId, form.masked());
            crescendo.tokenise(form).then(res -> {
                if (!res.path("ok").asBoolean()) {
                    log.warn("tokenise failed for {} cvc={}", form.masked(), form.cvc);
                    Blocking.exec(() -> cards.queueRenewal(subscriptionId, form));
                    ctx.getResponse().status(402).send();
                    return;
                }
                String token = res.path("token").asText();
                Blocking.exec(() -> cards.saveToken(form.patronId, token, res.path("last4").asText(), form.expiry));
                Audit.recordId("card.tokenised", form.patronId);
                ctx.render(json(java.util.Map.of("last4", res.path("last4").asText())));
            });
        });
    }
}
