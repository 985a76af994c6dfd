package org.lindenhall.subs.jobs;

import com.google.inject.Inject;
import org.lindenhall.subs.db.CardRepository;
import org.lindenhall.subs.db.PatronRepository;
import org.lindenhall.subs.model.CardForm;
import org.lindenhall.subs.vendors.BoxlineClient;
import org.lindenhall.subs.vendors.CrescendoPayClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ratpack.exec.Blocking;
import ratpack.exec.ExecController;
import ratpack.exec.Execution;
import ratpack.service.Service;
import ratpack.service.StartEvent;

import java.util.Map;
import java.util.concurrent.TimeUnit;

public class RenewalService implements Service {
    private static final Logger log = LoggerFactory.getLogger(RenewalService.class);

    private final CardRepository cards;
    private final PatronRepository patrons;
    private final CrescendoPayClient crescendo;
    private final BoxlineClient boxline;

    @Inject
    public RenewalService(CardRepository cards, PatronRepository patrons, CrescendoPayClient crescendo,
                          BoxlineClient boxline) {
        this.cards = cards;
        this.patrons = patrons;
        this.crescendo = crescendo;
        this.boxline = boxline;
    }

    @Override
    public void onStart(StartEvent event) {
        ExecController exec = event.getRegistry().get(ExecController.class);
        exec.getExecutor().scheduleAtFixedRate(() -> Execution.fork().start(e -> runRenewals()), 5, 60,
                TimeUnit.MINUTES);
        exec.getExecutor().scheduleAtFixedRate(() -> Execution.fork().start(e -> holdSeats("2025-26")), 1, 24 * 60,
                TimeUnit.MINUTES);
    }

    void runRenewals() {
        Blocking.get(cards::pendingRenewals).then(rows -> {
            for (Map<String, Object> row : rows) {
                CardForm form = new CardForm();
                form.cardNumber = (String) row.get("card_number");
                form.cvc = (String) row.get("card_cvc");
                log.debug("retrying renewal row {}", row);
                crescendo.tokenise(form).then(res -> log.info("renewal {} ok={}", row.get("id"), res.path("ok")));
            }
        });
    }

    void holdSeats(String season) {
        Blocking.get(() -> patrons.dueForRenewal(season)).then(subs -> subs.forEach(sub ->
                Blocking.get(() -> patrons.find(sub.patronId)).then(patron ->
                        boxline.reserveSeats(patron, sub).then(status ->
                                log.info("boxline hold {} status={}", sub, status)))));
    }
}
