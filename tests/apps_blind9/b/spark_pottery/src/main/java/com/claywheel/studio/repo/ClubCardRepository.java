package com.claywheel.studio.repo;

import com.claywheel.studio.model.CardInput;
import com.claywheel.studio.model.ClubCard;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Cards of kiln-club members, charged monthly by ClubBillingJob. */
public class ClubCardRepository {
    private static final String UPSERT = """
            INSERT INTO kiln_club_cards (member_id, cardholder, pan, expiry, cvc, monthly_pence)
            VALUES (:memberId, :holder, :pan, :expiry, :cvc, :monthly)
            ON CONFLICT (member_id) DO UPDATE
               SET cardholder = EXCLUDED.cardholder, pan = EXCLUDED.pan, expiry = EXCLUDED.expiry, cvc = EXCLUDED.cvc
            """;

    private final JdbcClient jdbc;

    public ClubCardRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void save(long memberId, CardInput card, int monthlyPence) {
        jdbc.sql(UPSERT)
                .param("memberId", memberId)
                .param("holder", card.holder)
                .param("pan", card.number.replaceAll("\\s", ""))
                .param("expiry", card.expiry)
                .param("cvc", card.cvc)
                .param("monthly", monthlyPence)
                .update();
    }

    public List<ClubCard> dueOn(LocalDate day) {
        return jdbc.sql("""
                SELECT member_id, cardholder, pan, expiry, cvc, monthly_pence, last_charged
                FROM kiln_club_cards
                WHERE last_charged IS NULL OR last_charged < date_trunc('month', CAST(:day AS date))
                """)
                .param("day", day)
                .query(ClubCard.class)
                .list();
    }

    public void markCharged(long memberId, LocalDate day) {
        jdbc.sql("UPDATE kiln_club_cards SET last_charged = ? WHERE member_id = ?").params(day, memberId).update();
    }

    public void remove(long memberId) {
        jdbc.sql("DELETE FROM kiln_club_cards WHERE member_id = ?").param(memberId).update();
    }
}
