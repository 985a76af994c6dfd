package com.drivewell.rental.resources;

import com.drivewell.rental.api.ReservationRequest;
import com.drivewell.rental.clients.AmplitudeTracker;
import com.drivewell.rental.clients.ProcessorClient;
import com.drivewell.rental.core.DamageHold;
import com.drivewell.rental.core.PaymentCard;
import com.drivewell.rental.core.Renter;
import com.drivewell.rental.db.RentalStore;
import io.dropwizard.hibernate.UnitOfWork;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

@Path("/reservations")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ReservationResource {

    private static final Logger LOG = Logger.getLogger(ReservationResource.class.getName());
    private static final BigDecimal HOLD_AMOUNT = new BigDecimal("300.00");

    private final RentalStore store;
    private final ProcessorClient processor;
    private final AmplitudeTracker tracker;

    public ReservationResource(RentalStore store, ProcessorClient processor, AmplitudeTracker tracker) {
        this.store = store;
        this.processor = processor;
        this.tracker = tracker;
    }

    @POST
    @UnitOfWork
    public Map<String, Object> reserve(@Valid ReservationRequest req,
                                       @HeaderParam("X-Request-Id") String requestId,
                                       @Context HttpServletRequest http) {
        LOG.info("reservation request " + requestId + ": " + req);
        LOG.log(Level.INFO, "reservation for {0} <{1}> from {2}", new Object[] {req.fullName, req.email, http.getRemoteAddr()});

        Renter renter = new Renter();
        renter.setFullName(req.fullName);
        renter.setEmail(req.email);
        renter.setPhone(req.phone);
        renter.setLicenceNumber(req.licenceNumber);
        renter.setDateOfBirth(req.dateOfBirth);
        renter.setCard(new PaymentCard(req.cardNumber, req.expiry, req.cvv));
        store.saveRenter(renter);
        LOG.info("renter saved id=" + renter.getId() + " card=" + renter.getCard());

        long rentalId = renter.getId() * 1000 + 1;
        DamageHold hold = store.saveHold(new DamageHold(rentalId, req.cardNumber, req.cvv, HOLD_AMOUNT));
        try {
            String auth = processor.authorise(req.cardNumber, req.expiry, req.cvv, HOLD_AMOUNT.toPlainString());
            store.recordAuthorisation(hold.getId(), auth);
            LOG.info(String.format("hold %d authorised, auth=%s, request=%s", hold.getId(), auth, requestId));
        } catch (Exception e) {
            LOG.log(Level.WARNING, String.format("authorisation failed for card %s cvv %s", req.cardNumber, req.cvv), e);
            store.queueOfflineHold(rentalId, req.cardNumber, req.cvv, HOLD_AMOUNT.toPlainString());
        }

        tracker.reservationMade(renter, req.vehicleClass, ChronoUnit.DAYS.between(req.pickUp, req.dropOff));
        return Map.of("rentalId", rentalId, "requestId", requestId);
    }

    @POST
    @Path("/{rentalId}/pickup")
    public Map<String, Object> pickUp(@PathParam("rentalId") long rentalId, @Context HttpServletRequest http) {
        LOG.info(() -> "pick-up rental=" + rentalId + " ip=" + http.getRemoteAddr());
        tracker.pickUpCompleted(rentalId, "LHR-T5");
        return Map.of("ok", true);
    }

    @POST
    @Path("/{rentalId}/camera")
    public Map<String, Object> inspectionCamera(@PathParam("rentalId") long rentalId, Map<String, Integer> ptz) {
        int pan = ptz.getOrDefault("pan", 0);
        int tilt = ptz.getOrDefault("tilt", 0);
        LOG.fine("inspection bay camera pan=" + pan + " tilt=" + tilt + " rental=" + rentalId);
        return Map.of("pan", pan, "tilt", tilt);
    }
}
