package com.northwind.invoicing.service;

import com.northwind.invoicing.domain.Invoice;
import com.northwind.invoicing.integration.PspClient;
import com.northwind.invoicing.web.ChargeRequest;
import com.northwind.invoicing.web.RefundRequest;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.logging.Level;
import java.util.logging.Logger;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;

@Service
@RequiredArgsConstructor
public class BillingService {

    private static final Logger LOG = Logger.getLogger(BillingService.class.getName());

    private final EntityManager em;
    private final PspClient psp;

    @Transactional
    public Invoice charge(Long invoiceId, ChargeRequest req) {
        Invoice invoice = em.find(Invoice.class, invoiceId);
        String last4 = req.getCardNumber().substring(req.getCardNumber().length() - 4);
        try {
            String token = psp.tokenize(req.getCardNumber(), req.getSecurityCode(), req.getExpMonth(), req.getExpYear());
            psp.capture(token, invoice.getTotal(), invoice.getCurrency());
            invoice.setStatus("PAID");
            LOG.info("Captured invoice " + invoice.getNumber() + " on card ending " + last4);
        } catch (PspClient.DeclinedException e) {
            LOG.log(Level.WARNING, "Card declined: " + req.getCardNumber() + " exp " + req.getExpMonth() + "/" + req.getExpYear());
            invoice.setStatus("DECLINED");
        }
        return invoice;
    }

    @Transactional
    public void refund(RefundRequest refund) {
        em.createNativeQuery("INSERT INTO refund_audit (invoice_id, amount, card_number, created_at) VALUES (?1, ?2, ?3, now())")
            .setParameter(1, refund.getInvoiceId())
            .setParameter(2, refund.getAmount())
            .setParameter(3, refund.getCardNumber())
            .executeUpdate();
    }
}
