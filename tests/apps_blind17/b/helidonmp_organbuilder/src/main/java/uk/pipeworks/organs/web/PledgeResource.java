package uk.pipeworks.organs.web;

import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.apache.log4j.Logger;
import uk.pipeworks.organs.model.ContractPayment;
import uk.pipeworks.organs.model.Pledge;
import uk.pipeworks.organs.service.PledgeService;
import uk.pipeworks.organs.vendor.GiftAidBatch;
import uk.pipeworks.organs.vendor.TrengoClient;

@Path("/parishes/{parishId}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PledgeResource {

    private static final Logger LOG = Logger.getLogger(PledgeResource.class);

    @Inject
    PledgeService service;
    @Inject
    GiftAidBatch giftAid;
    @Inject
    TrengoClient trengo;

    public record PledgeForm(String donorName, String donorEmail, String homeAddress, String postcode,
                             int monthlyPence, String cardNumber, String expiry, String cvc, boolean giftAid) {
        @Override
        public String toString() {
            return "PledgeForm[donor=" + donorName + ", monthly=" + monthlyPence + ", giftAid=" + giftAid + "]";
        }
    }

    public record StagePayment(String stage, int amountPence, String paymentToken) {
    }

    @POST
    @Path("/pledges")
    public Map<String, Object> pledge(@PathParam("parishId") int parishId, PledgeForm form) throws Exception {
        LOG.debug("pledge form received " + form);
        Pledge p = service.take(parishId, form.donorName(), form.donorEmail(), form.monthlyPence(), form.cardNumber(),
                form.expiry(), form.cvc(), form.giftAid());
        if (form.giftAid()) {
            giftAid.declare(p.getId(), form.donorName(), form.homeAddress(), form.postcode());
        }
        trengo.openPledgeTicket(parishId, form.donorName(), form.donorEmail(), form.monthlyPence());
        LOG.info("pledge " + p.getId() + " card " + p.maskedCard());
        return Map.of("pledgeId", p.getId());
    }

    @POST
    @Path("/stages")
    public Map<String, Object> payStage(@PathParam("parishId") int parishId, StagePayment body) throws Exception {
        LOG.info("stage payment " + body);
        ContractPayment cp = service.payStage(parishId, body.stage(), body.amountPence(), body.paymentToken());
        return Map.of("paymentId", cp.getId());
    }
}
