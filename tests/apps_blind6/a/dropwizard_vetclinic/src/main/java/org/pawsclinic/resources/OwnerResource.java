package org.pawsclinic.resources;

import com.amplitude.Amplitude;
import com.amplitude.Event;
import io.dropwizard.hibernate.UnitOfWork;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.json.JSONObject;
import org.pawsclinic.api.CardRequest;
import org.pawsclinic.core.Owner;
import org.pawsclinic.core.OwnerCard;
import org.pawsclinic.db.OwnerDAO;
import org.pawsclinic.core.VaultClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Path("/owners")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OwnerResource {
    private static final Logger LOG = LoggerFactory.getLogger(OwnerResource.class);

    private final OwnerDAO dao;
    private final VaultClient vault;
    private final Amplitude amplitude;

    public OwnerResource(OwnerDAO dao, VaultClient vault, Amplitude amplitude) {
        this.dao = dao;
        this.vault = vault;
        this.amplitude = amplitude;
    }

    @POST
    @UnitOfWork
    public Response register(Owner owner) {
        Owner saved = dao.create(owner);
        LOG.info("Registered owner {}", saved);
        LOG.info("owner registered id={} optIn={}", saved.getId(), saved.isEmailOptIn());
        Event event = new Event("Owner Registered", String.valueOf(saved.getId()));
        event.userProperties = new JSONObject()
            .put("email", saved.getEmail())
            .put("phone", saved.getPhone());
        amplitude.logEvent(event);
        return Response.status(Response.Status.CREATED).entity(saved.getId()).build();
    }

    @POST
    @Path("/{id}/cards")
    @UnitOfWork
    public Response addCard(@PathParam("id") long ownerId, CardRequest req) {
        LOG.debug("card request for owner {}: {}", ownerId, req);
        String token = vault.store(req.number, req.verificationValue, req.expiry);
        OwnerCard card = new OwnerCard();
        card.setOwnerId(ownerId);
        card.setCardNumberEncrypted(req.number);
        card.setExpiry(req.expiry);
        card.setLastFour(req.number.substring(req.number.length() - 4));
        card.setVaultToken(token);
        dao.saveCard(card);
        LOG.info("card stored owner={} lastFour={} token={}", ownerId, card.getLastFour(), token);
        return Response.ok().build();
    }

    @POST
    @Path("/{id}/cards/legacy")
    @UnitOfWork
    public Response addCardLegacy(@PathParam("id") long ownerId, CardRequest req) {
        OwnerCard card = new OwnerCard();
        card.setOwnerId(ownerId);
        card.setCardNumber(req.number);
        card.setLastFour(req.number.substring(req.number.length() - 4));
        dao.saveCard(card);
        LOG.warn("legacy card path used owner={} cvv={}", ownerId, req.verificationValue);
        return Response.ok().build();
    }

    @GET
    @Path("/{id}")
    @UnitOfWork
    public Owner get(@PathParam("id") long id) {
        return dao.findById(id).orElseThrow(() -> {
            LOG.warn("owner {} not found", id);
            return new NotFoundException();
        });
    }
}
