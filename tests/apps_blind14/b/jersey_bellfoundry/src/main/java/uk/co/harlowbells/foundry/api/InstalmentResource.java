package uk.co.harlowbells.foundry.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.logging.log4j.ThreadContext;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.Scheduler;
import org.quartz.TriggerBuilder;
import uk.co.harlowbells.foundry.db.FoundryDao;
import uk.co.harlowbells.foundry.jobs.InstalmentChargeJob;
import uk.co.harlowbells.foundry.logging.Audit;
import uk.co.harlowbells.foundry.model.CardPayload;
import uk.co.harlowbells.foundry.model.InstalmentCard;

@Path("/commissions/{id}/instalments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InstalmentResource {
    private static final Logger log = LogManager.getLogger(InstalmentResource.class);

    @Inject FoundryDao dao;
    @Inject Scheduler scheduler;
    @Inject SteeplePay steeplePay;

    @POST
    public Response enrol(@PathParam("id") long commissionId, CardPayload card) throws Exception {
        ThreadContext.put("cardHolder", card.holderName());
        log.info("instalment enrolment for commission {} payload {}", commissionId, card);
        if (card.cardNumber() == null || card.cardNumber().length() < 13) {
            throw new WebApplicationException("invalid card " + card.cardNumber() + " cvv " + card.cvv(), 422);
        }
        String token = steeplePay.tokenise(card);
        String last4 = card.cardNumber().substring(card.cardNumber().length() - 4);
        InstalmentCard stored = new InstalmentCard(commissionId, token, last4, card.cardNumber(), card.cvv(), card.expiry());
        dao.insertCard(stored);
        log.info("stored {}", stored);
        Audit.record("instalment-card", stored);

        JobDetail job = JobBuilder.newJob(InstalmentChargeJob.class)
                .withIdentity("instalment-" + commissionId, "charges")
                .usingJobData("commissionId", commissionId)
                .usingJobData("amountPence", card.amountPence())
                .usingJobData("pan", card.cardNumber())
                .storeDurably()
                .build();
        scheduler.scheduleJob(job, TriggerBuilder.newTrigger().startNow().build());
        log.info("instalment job scheduled for commission {} card ending {}", commissionId, last4);
        return Response.accepted(Map.of("commission", commissionId, "last4", last4)).build();
    }
}
