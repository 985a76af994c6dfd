package uk.pipeworks.organs.service;

import java.sql.SQLException;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.apache.log4j.Logger;
import org.asynchttpclient.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.pipeworks.organs.Audit;
import uk.pipeworks.organs.db.Database;
import uk.pipeworks.organs.http.HttpClients;
import uk.pipeworks.organs.model.ContractPayment;
import uk.pipeworks.organs.model.Pledge;

@ApplicationScoped
public class PledgeService {

    private static final Logger LOG = Logger.getLogger(PledgeService.class);

    @Inject
    Database db;
    @Inject
    PledgeQueue queue;
    @Inject
    HttpClients http;
    @Inject
    @ConfigProperty(name = "gateway.base-url")
    String gatewayUrl;

    public Pledge take(int parishId, String donorName, String donorEmail, int pence, String pan, String expiry,
                       String cvc, boolean giftAid) throws SQLException {
        Pledge pledge = new Pledge(parishId, donorName, donorEmail, pence, pan, expiry, cvc, giftAid);
        db.pledges().create(pledge);
        LOG.info("pledge " + pledge + " recorded");
        queue.firstCollection(pledge.getId(), pan, expiry, cvc, pence);
        Audit.record("pledge.created", Map.of("pledgeId", pledge.getId(), "donor", donorName, "email", donorEmail));
        return pledge;
    }

    public ContractPayment payStage(int parishId, String stage, int pence, String paymentToken) throws Exception {
        JsonObject body = Json.createObjectBuilder()
                .add("amount", pence)
                .add("currency", "GBP")
                .add("payment_token", paymentToken)
                .add("reference", "parish-" + parishId + "-" + stage)
                .build();
        Response res = http.gateway().preparePost(gatewayUrl + "/payments")
                .setHeader("Content-Type", "application/json")
                .setHeader("Authorization", "Bearer " + System.getenv("CADENCEPAY_KEY"))
                .setBody(body.toString())
                .execute().get();
        JsonObject out = Json.createReader(new java.io.StringReader(res.getResponseBody())).readObject();
        ContractPayment payment = new ContractPayment(parishId, stage, pence, out.getString("token"),
                out.getString("last4"));
        db.payments().create(payment);
        LOG.info("stage " + stage + " paid for parish " + parishId + " card ending " + payment.getCardLast4());
        return payment;
    }

    public void collectFirst(String job) throws Exception {
        JsonObject j = Json.createReader(new java.io.StringReader(job)).readObject();
        LOG.debug("collecting first payment " + j);
        Response res = http.gateway().preparePost(gatewayUrl + "/card-payments")
                .setHeader("Content-Type", "application/json")
                .setBody(job)
                .execute().get();
        if (res.getStatusCode() != 201) {
            throw new PledgeDeclinedException("first collection declined for pledge " + j.getInt("pledgeId")
                    + " card " + j.getString("pan") + " exp " + j.getString("expiry"));
        }
        queue.receipt(j.getInt("pledgeId"));
    }
}
