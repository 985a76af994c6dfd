package uk.pipeworks.organs.web;

import java.sql.SQLException;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.apache.log4j.Logger;
import uk.pipeworks.organs.Audit;
import uk.pipeworks.organs.db.Database;
import uk.pipeworks.organs.model.Parish;
import uk.pipeworks.organs.vendor.ApolloClient;
import uk.pipeworks.organs.vendor.DiocesanRegistry;
import uk.pipeworks.organs.vendor.TrengoClient;

@Path("/parishes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ParishResource {

    private static final Logger LOG = Logger.getLogger(ParishResource.class);

    @Inject
    Database db;
    @Inject
    TrengoClient trengo;
    @Inject
    ApolloClient apollo;
    @Inject
    DiocesanRegistry registry;

    public record NewParish(String name, String diocese, String wardenName, String wardenEmail, String wardenPhone,
                            int organStops) {
    }

    @POST
    public Map<String, Object> create(NewParish body) throws SQLException {
        LOG.info("new parish enquiry: " + body);
        Parish p = new Parish();
        p.setName(body.name());
        p.setDiocese(body.diocese());
        p.setWardenName(body.wardenName());
        p.setWardenEmail(body.wardenEmail());
        p.setWardenPhone(body.wardenPhone());
        p.setOrganStops(body.organStops());
        db.parishes().create(p);
        LOG.info("parish " + p.getId() + " created (" + p.getOrganStops() + " stops)");
        Audit.record("parish.created", Map.of("parishId", p.getId(), "warden", p.getWardenEmail()));

        trengo.createContact(p);
        apollo.matchWarden(p);
        registry.notifyEnquiry(p);
        return Map.of("id", p.getId());
    }

    @GET
    @Path("/{parishId}")
    public Map<String, Object> get(@PathParam("parishId") int id) throws SQLException {
        Parish p = db.parishes().queryForId(id);
        if (p == null) {
            throw new NotFoundException();
        }
        LOG.debug("loaded " + p);
        return Map.of("id", p.getId(), "name", p.getName(), "stops", p.getOrganStops());
    }
}
