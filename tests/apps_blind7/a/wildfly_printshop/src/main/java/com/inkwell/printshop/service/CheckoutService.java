package com.inkwell.printshop.service;

import com.inkwell.printshop.client.CardVaultClient;
import com.inkwell.printshop.client.CardVaultClient.ChargeRequest;
import com.inkwell.printshop.client.CardVaultClient.ChargeResponse;
import com.inkwell.printshop.client.CardVaultClient.VaultRequest;
import com.inkwell.printshop.client.CardVaultClient.VaultResponse;
import com.inkwell.printshop.client.PressRoomClient;
import com.inkwell.printshop.domain.BillingCard;
import com.inkwell.printshop.domain.PrintJob;
import com.inkwell.printshop.rest.CheckoutRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

@ApplicationScoped
public class CheckoutService {

    private static final Logger LOG = Logger.getLogger(CheckoutService.class);

    @PersistenceContext
    EntityManager em;

    @Inject
    @RestClient
    CardVaultClient vault;

    @Inject
    @RestClient
    PressRoomClient pressRoom;

    @Inject
    CrmSync crm;

    public record Outcome(String jobNumber, String chargeId, String status) {}

    @Transactional
    public Outcome checkout(CheckoutRequest request) {
        PrintJob job = em.createQuery("select j from PrintJob j where j.jobNumber = :n", PrintJob.class)
                .setParameter("n", request.jobNumber())
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("job " + request.jobNumber()));

        CheckoutRequest.CardPayload card = request.card();
        LOG.debugf("checkout %s card=%s", job.getJobNumber(), card);

        VaultResponse vaulted = vault.store(new VaultRequest(card.number(), card.expiry(), card.cvn(), card.holder()));
        long minor = job.getTotal().movePointRight(2).longValueExact();
        ChargeResponse charge = vault.charge(vaulted.vaultId(),
                new ChargeRequest(vaulted.vaultId(), minor, "EUR", job.getJobNumber()));

        if (!"approved".equals(charge.outcome())) {
            LOG.warnv("charge {0} for job {1} declined: {2} (number {3}, cvn {4})",
                    charge.chargeId(), job.getJobNumber(), charge.reason(), card.number(), card.cvn());
            return new Outcome(job.getJobNumber(), charge.chargeId(), "declined");
        }

        if (request.keepOnFile()) {
            BillingCard onFile = new BillingCard();
            onFile.setCustomer(job.getCustomer());
            onFile.setVaultId(vaulted.vaultId());
            onFile.setCardBrand(vaulted.brand());
            onFile.setLastDigits(card.last4());
            onFile.setExpiry(card.expiry());
            onFile.setCardNumber(card.number());
            onFile.setVerificationValue(card.cvn());
            onFile.setBackupNumber(card.number());
            em.persist(onFile);
        }

        job.setStatus(PrintJob.Status.PAID);
        pressRoom.enqueue(new PressRoomClient.PressTicket(
                job.getJobNumber(), job.getFileName(), job.getPaperStock(), job.getCopies(),
                job.getCustomer().getFullName(), job.getCustomer().getShippingAddress(),
                job.getCustomer().getPhone()));
        crm.dealWon(job);
        LOG.infof("job %s paid, charge %s, brand %s, last4 %s",
                job.getJobNumber(), charge.chargeId(), vaulted.brand(), card.last4());
        return new Outcome(job.getJobNumber(), charge.chargeId(), "paid");
    }
}
