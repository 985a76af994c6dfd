package uk.co.harlowbells.foundry.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import uk.co.harlowbells.foundry.db.FoundryDao;
import uk.co.harlowbells.foundry.model.Commission;
import uk.co.harlowbells.foundry.model.Contact;
import uk.co.harlowbells.foundry.vendor.CampanileLedger;
import uk.co.harlowbells.foundry.vendor.FeatureFlags;
import uk.co.harlowbells.foundry.vendor.OptimizelyEvents;

@Path("/commissions/{id}")
@Produces(MediaType.APPLICATION_JSON)
public class CommissionResource {
    private static final Logger log = LogManager.getLogger(CommissionResource.class);

    @Inject FoundryDao dao;
    @Inject FeatureFlags flags;
    @Inject OptimizelyEvents optimizely;
    @Inject CampanileLedger campanile;

    @POST
    @Path("/accept")
    public Response accept(@PathParam("id") long id) throws Exception {
        Commission commission = dao.commission(id);
        Contact lead = dao.contactsFor(commission.parishId()).get(0);
        optimizely.conversion(lead, "quote_accepted", id);
        flags.trackQuoteAccepted(lead, id);
        boolean instalments = flags.instalmentsEnabled(lead);
        log.info("commission {} accepted, instalments={}", id, instalments);
        return Response.ok(java.util.Map.of("instalments", instalments)).build();
    }

    @POST
    @Path("/cast")
    public Response cast(@PathParam("id") long id) throws Exception {
        Commission commission = dao.commission(id);
        Contact lead = dao.contactsFor(commission.parishId()).get(0);
        optimizely.anonymousConversion(lead, "bells_cast", id);
        campanile.reportWeights(commission);
        campanile.scheduleHanging(commission, lead);
        log.info("commission {} cast; hanging booked with site contact {} {}", id, lead.fullName(), lead.phone());
        return Response.ok().build();
    }
}
