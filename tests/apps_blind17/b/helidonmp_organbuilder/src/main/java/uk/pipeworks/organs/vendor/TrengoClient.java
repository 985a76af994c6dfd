package uk.pipeworks.organs.vendor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import org.apache.log4j.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.pipeworks.organs.http.HttpClients;
import uk.pipeworks.organs.model.Parish;

@ApplicationScoped
public class TrengoClient {

    private static final Logger LOG = Logger.getLogger(TrengoClient.class);

    @Inject
    HttpClients http;
    @Inject
    @ConfigProperty(name = "trengo.base-url")
    String baseUrl;
    @Inject
    @ConfigProperty(name = "trengo.channel-id")
    String channelId;

    public void createContact(Parish p) {
        String body = Json.createObjectBuilder()
                .add("identifier", p.getWardenEmail())
                .add("name", p.getWardenName() + " (" + p.getName() + ")")
                .add("phone", p.getWardenPhone())
                .build().toString();
        http.vendors().preparePost(baseUrl + "/channels/" + channelId + "/contacts")
                .setHeader("Authorization", "Bearer " + System.getenv("TRENGO_TOKEN"))
                .setHeader("Content-Type", "application/json")
                .setBody(body)
                .execute()
                .toCompletableFuture()
                .whenComplete((r, err) -> {
                    if (err != null) {
                        LOG.warn("trengo contact failed for parish " + p.getId() + ": " + err.getClass().getSimpleName());
                    }
                });
    }

    public void openPledgeTicket(int parishId, String donorName, String donorEmail, int monthlyPence) {
        String body = Json.createObjectBuilder()
                .add("channel_id", Integer.parseInt(channelId))
                .add("contact_identifier", donorEmail)
                .add("contact_name", donorName)
                .add("subject", "New pledge £" + (monthlyPence / 100) + "/month, parish " + parishId)
                .build().toString();
        http.vendors().preparePost(baseUrl + "/tickets")
                .setHeader("Authorization", "Bearer " + System.getenv("TRENGO_TOKEN"))
                .setHeader("Content-Type", "application/json")
                .setBody(body)
                .execute();
    }

    public void labelTicket(long ticketId, int parishId) {
        String body = Json.createObjectBuilder().add("label_id", 88).add("parish_ref", "P" + parishId).build().toString();
        http.vendors().preparePost(baseUrl + "/tickets/" + ticketId + "/labels")
                .setHeader("Authorization", "Bearer " + System.getenv("TRENGO_TOKEN"))
                .setBody(body)
                .execute();
    }
}
