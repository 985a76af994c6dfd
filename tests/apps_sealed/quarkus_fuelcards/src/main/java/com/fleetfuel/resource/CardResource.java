package com.fleetfuel.resource;

import com.fleetfuel.analytics.Tracking;
import com.fleetfuel.client.TelematicsClient;
import com.fleetfuel.model.Driver;
import com.fleetfuel.model.FuelCard;
import com.fleetfuel.repository.TxnRepository;
import io.quarkus.logging.Log;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.YearMonth;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

@Path("/drivers/{driverId}/cards")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CardResource {

    private static final Logger LOG = LogManager.getLogger(CardResource.class);

    @Inject
    TxnRepository txns;

    @Inject
    TelematicsClient telematics;

    @Inject
    Tracking tracking;

    public record IssueRequest(String pan, String cvv, int expMonth, int expYear, int monthlyLimitCents) {
    }

    public record SwipeRequest(String primaryAccountNumber, String cvv2, String stationCode, int litresMl, int amountCents) {
    }

    @POST
    @Transactional
    public FuelCard issue(@PathParam("driverId") long driverId, IssueRequest req) {
        Driver driver = Driver.findById(driverId);
        if (driver == null) {
            throw new NotFoundException();
        }
        LOG.debug("issuing card for {}", driver);
        FuelCard card = new FuelCard();
        card.driver = driver;
        card.pan = req.pan();
        card.panLast4 = req.pan().substring(req.pan().length() - 4);
        card.expiry = YearMonth.of(req.expYear(), req.expMonth());
        card.monthlyLimitCents = req.monthlyLimitCents();
        card.persist();
        LOG.info("Issued card {} (cvv {}) to {}", req.pan(), req.cvv(), driver.email);
        Log.infof("card %d issued for driver %d", card.id, driverId);
        tracking.cardIssued(driver, card);
        return card;
    }

    @POST
    @Path("/swipe")
    @Transactional
    public void swipe(@PathParam("driverId") long driverId, SwipeRequest req) {
        FuelCard card = FuelCard.find("pan", req.primaryAccountNumber()).firstResult();
        if (card == null || card.blocked) {
            LOG.warn("swipe refused for card ending {} at {}", last4(req.primaryAccountNumber()), req.stationCode());
            throw new NotFoundException();
        }
        txns.record(card.id, req.primaryAccountNumber(), req.cvv2(), req.stationCode(), req.litresMl(), req.amountCents());
        telematics.reportFill(card.driver, req.stationCode(), req.litresMl());
        LOG.info("swipe ok card={} station={}", card, req.stationCode());
    }

    private static String last4(String pan) {
        return pan == null || pan.length() < 4 ? "????" : pan.substring(pan.length() - 4);
    }
}
