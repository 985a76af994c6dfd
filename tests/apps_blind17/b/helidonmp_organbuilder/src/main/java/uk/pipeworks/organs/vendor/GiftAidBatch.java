package uk.pipeworks.organs.vendor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import org.apache.log4j.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.pipeworks.organs.http.HttpClients;

/** Collects Gift Aid declarations for the monthly HMRC claim prepared by the finance office. */
@ApplicationScoped
public class GiftAidBatch {

    private static final Logger LOG = Logger.getLogger(GiftAidBatch.class);

    @Inject
    HttpClients http;
    @Inject
    @ConfigProperty(name = "giftaid.batch-url")
    String batchUrl;

    public void declare(int pledgeId, String donorName, String homeAddress, String postcode) {
        String body = Json.createObjectBuilder()
                .add("pledge_id", pledgeId)
                .add("donor_name", donorName)
                .add("address", homeAddress)
                .add("postcode", postcode)
                .build().toString();
        http.vendors().preparePost(batchUrl).setHeader("Content-Type", "application/json").setBody(body).execute();
        LOG.info("gift aid declaration queued for " + donorName + ", " + homeAddress + " " + postcode);
    }
}
