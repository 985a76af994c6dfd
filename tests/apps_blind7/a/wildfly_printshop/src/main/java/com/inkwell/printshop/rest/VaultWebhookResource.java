package com.inkwell.printshop.rest;

import com.inkwell.printshop.domain.PrintJob;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** Receives chargeback and refund notifications from the card vault. */
@Path("/webhooks/vault")
@Consumes(MediaType.APPLICATION_JSON)
public class VaultWebhookResource {

    private static final Logger LOG = Logger.getLogger(VaultWebhookResource.class);

    public record VaultEvent(String id, String type, String chargeId, String reference, String last4) {}

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "card-vault.webhook-secret")
    String secret;

    @POST
    @Transactional
    public Response receive(@HeaderParam("X-Vault-Signature") String signature, String raw,
                            jakarta.json.bind.Jsonb jsonb) {
        if (!validSignature(raw, signature)) {
            LOG.warnf("rejected vault webhook, signature %s", signature == null ? "missing" : "invalid");
            return Response.status(Response.Status.UNAUTHORIZED).build();
        }
        VaultEvent event = jsonb.fromJson(raw, VaultEvent.class);
        LOG.infof("vault event %s type=%s charge=%s", event.id(), event.type(), event.chargeId());
        if ("charge.refunded".equals(event.type()) || "charge.disputed".equals(event.type())) {
            em.createQuery("select j from PrintJob j where j.jobNumber = :n", PrintJob.class)
                    .setParameter("n", event.reference())
                    .getResultStream()
                    .findFirst()
                    .ifPresent(job -> {
                        job.setStatus(PrintJob.Status.CANCELLED);
                        LOG.infov("job {0} cancelled after {1} on card ending {2}", job.getJobNumber(),
                                event.type(), event.last4());
                    });
        }
        return Response.noContent().build();
    }

    private boolean validSignature(String raw, String signature) {
        if (signature == null) return false;
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] expected = mac.doFinal(raw.getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder();
            for (byte b : expected) hex.append(String.format("%02x", b));
            return MessageDigest.isEqual(hex.toString().getBytes(StandardCharsets.UTF_8),
                    signature.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.GeneralSecurityException e) {
            LOG.error("HMAC unavailable", e);
            return false;
        }
    }
}
