package uk.co.harlowbells.foundry.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import uk.co.harlowbells.foundry.db.FoundryDao;
import uk.co.harlowbells.foundry.logging.Audit;
import uk.co.harlowbells.foundry.model.Contact;
import uk.co.harlowbells.foundry.vendor.FeatureFlags;

@Path("/parishes/{parishId}/contacts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ContactResource {
    private static final Logger log = LogManager.getLogger(ContactResource.class);

    @Inject FoundryDao dao;
    @Inject FeatureFlags flags;

    @POST
    public Response add(@PathParam("parishId") long parishId, Contact contact) {
        log.info("new contact for parish {}: {}", parishId, contact);
        long id = dao.insertContact(contact);
        log.info("contact {} added to parish {}", id, parishId);
        Audit.record("contact-added", id);
        return Response.status(201).entity(java.util.Map.of("id", id)).build();
    }

    @GET
    public List<Contact> list(@PathParam("parishId") long parishId) {
        List<Contact> contacts = dao.contactsFor(parishId);
        log.debug("returning {} contacts for parish {}", contacts.size(), parishId);
        contacts.forEach(c -> {
            if (flags.showsTuningUpsell(c)) {
                log.debug("upsell shown to {} at {}", c.fullName(), c.email());
            }
        });
        return contacts;
    }
}
