package uk.kerbside.tyres.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.linecorp.armeria.server.annotation.ExceptionHandler;
import com.linecorp.armeria.server.annotation.Param;
import com.linecorp.armeria.server.annotation.Post;
import com.linecorp.armeria.server.annotation.ProducesJson;
import com.linecorp.armeria.server.annotation.RequestObject;
import java.util.Map;
import org.apache.cayenne.ObjectContext;
import org.apache.cayenne.configuration.server.ServerRuntime;
import org.apache.cayenne.Cayenne;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.kerbside.tyres.integrations.Opsgenie;
import uk.kerbside.tyres.integrations.PartnerClients;
import uk.kerbside.tyres.integrations.PennantClient;
import uk.kerbside.tyres.persistence.Customer;
import uk.kerbside.tyres.persistence.FleetCard;

@ProducesJson
@ExceptionHandler(ApiErrorHandler.class)
public class FittingService {
    private static final Logger log = LoggerFactory.getLogger(FittingService.class);
    private final ServerRuntime cayenne;
    private final PennantClient pennant;
    private final PartnerClients partners;
    private final Opsgenie opsgenie;

    public FittingService(ServerRuntime cayenne, PennantClient pennant, PartnerClients partners, Opsgenie opsgenie) {
        this.cayenne = cayenne;
        this.pennant = pennant;
        this.partners = partners;
        this.opsgenie = opsgenie;
    }

    public record CardOnFile(String pan, String expiry, String cvv, String fuelCardRef) {}

    @Post("/customers/{id}/cards")
    public Map<String, String> addCard(@Param("id") long id, @RequestObject CardOnFile card) throws Exception {
        log.atDebug().addKeyValue("customerId", id).addKeyValue("pan", card.pan()).log("adding fleet card");
        JsonNode tok = pennant.tokenise(card.pan(), card.expiry(), card.cvv());
        ObjectContext ctx = cayenne.newContext();
        FleetCard fc = ctx.newObject(FleetCard.class);
        fc.setCustomer(Cayenne.objectForPK(ctx, Customer.class, id));
        fc.setGatewayToken(tok.path("token").asText());
        fc.setLast4(card.pan().substring(card.pan().length() - 4));
        fc.setFuelCardRef(card.fuelCardRef());
        ctx.commitChanges();
        log.info("fleet card saved customer={} last4={} fuelCard={}", id, fc.getLast4(), card.fuelCardRef());
        return Map.of("last4", fc.getLast4());
    }

    @Post("/jobs/{ref}/complete")
    public Map<String, Object> complete(@Param("ref") String ref, @RequestObject Map<String, Object> body) throws Exception {
        long customerId = ((Number) body.get("customerId")).longValue();
        Customer c = Cayenne.objectForPK(cayenne.newContext(), Customer.class, customerId);
        if (Boolean.TRUE.equals(body.get("alignmentNeeded"))) {
            partners.referAlignment(c, c.getVehicleReg());
        }
        if (Boolean.TRUE.equals(body.get("vanStranded"))) {
            opsgenie.fitterStranded((String) body.get("vanId"), c);
            partners.pushDepotCustomer((String) body.get("vanId"), c);
        }
        log.info("job {} completed for {} at {}", ref, c.getFullName(), c.getAddressLine());
        return Map.of("ref", ref, "status", "complete");
    }
}
