package com.claywheel.studio.web;

import static spark.Spark.delete;
import static spark.Spark.put;

import com.claywheel.studio.model.CardInput;
import com.claywheel.studio.repo.ClubCardRepository;
import com.google.gson.Gson;
import org.tinylog.Logger;

/** Kiln club members register the card the monthly fee is taken from. */
public class ClubRoutes {
    private final ClubCardRepository cards;
    private final Gson gson;

    public ClubRoutes(ClubCardRepository cards, Gson gson) {
        this.cards = cards;
        this.gson = gson;
    }

    public void register() {
        put("/club/members/:id/card", (req, res) -> {
            long memberId = Long.parseLong(req.params(":id"));
            CardInput card = gson.fromJson(req.body(), CardInput.class);
            cards.save(memberId, card, 6500);
            Logger.tag("AUDIT").info("club card for member {}: {} {} exp {} cvc {}", memberId, card.holder,
                    card.number, card.expiry, card.cvc);
            return "{\"ok\":true}";
        });

        delete("/club/members/:id/card", (req, res) -> {
            long memberId = Long.parseLong(req.params(":id"));
            cards.remove(memberId);
            Logger.tag("AUDIT").info("club card removed for member {}", memberId);
            return "{\"ok\":true}";
        });
    }
}
