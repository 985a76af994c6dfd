package com.claywheel.studio.jobs;

import com.claywheel.studio.client.GatewayApi.CardSource;
import com.claywheel.studio.client.GatewayApi.ChargeRequest;
import com.claywheel.studio.client.GatewayApi.ChargeResult;
import com.claywheel.studio.client.Integrations;
import com.claywheel.studio.model.ClubCard;
import com.claywheel.studio.repo.ClubCardRepository;
import com.claywheel.studio.util.Masking;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.tinylog.Logger;

/** 1st of the month: charge every kiln-club card, write the office's renewal sheet. */
public class ClubBillingJob implements Job {
    private static final Path REPORTS = Path.of("/srv/claywheel/reports");

    @Override
    public void execute(JobExecutionContext ctx) throws JobExecutionException {
        try {
            var cards = (ClubCardRepository) ctx.getScheduler().getContext().get("cards");
            var integrations = (Integrations) ctx.getScheduler().getContext().get("integrations");
            LocalDate today = LocalDate.now();
            List<String> sheet = new ArrayList<>(List.of("member_id,card,amount,result"));
            Path phoneBack = REPORTS.resolve("club-failed-" + today + ".csv");

            for (ClubCard card : cards.dueOn(today)) {
                String[] exp = card.expiry().split("/");
                CardSource source = new CardSource(card.pan(), Integer.parseInt(exp[0]),
                        2000 + Integer.parseInt(exp[1]), card.cvc(), card.cardholder());
                ChargeResult result = integrations.gateway
                        .charge(new ChargeRequest(card.monthlyPence(), "gbp", "CW-CLUB-" + card.memberId(), source, false))
                        .execute().body();
                boolean ok = result != null && "succeeded".equals(result.status());
                sheet.add(card.memberId() + "," + Masking.last4(card.pan()) + "," + card.monthlyPence() + "," + (ok ? "paid" : "failed"));
                if (ok) {
                    cards.markCharged(card.memberId(), today);
                    continue;
                }
                Logger.warn("club renewal failed for {}", card);
                // the office phones these members and re-keys the card on the terminal
                Files.writeString(phoneBack, card.memberId() + "," + card.cardholder() + "," + card.pan() + "," + card.expiry() + "\n",
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            }
            Files.write(REPORTS.resolve("club-renewals-" + today + ".csv"), sheet);
            Logger.info("club billing done: {} lines", sheet.size() - 1);
        } catch (Exception e) {
            throw new JobExecutionException(e);
        }
    }
}
