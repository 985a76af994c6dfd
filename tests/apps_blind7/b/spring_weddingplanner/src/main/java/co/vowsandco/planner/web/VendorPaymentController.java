package co.vowsandco.planner.web;

import co.vowsandco.planner.client.GatewayClient;
import co.vowsandco.planner.repository.VendorPaymentRepository;
import co.vowsandco.planner.service.Couple;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.logging.log4j.ThreadContext;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/weddings/{weddingId}/payments")
public class VendorPaymentController {

    private static final Logger log = LogManager.getLogger(VendorPaymentController.class);

    private final VendorPaymentRepository payments;
    private final GatewayClient gateway;

    public VendorPaymentController(VendorPaymentRepository payments, GatewayClient gateway) {
        this.payments = payments;
        this.gateway = gateway;
    }

    @PostMapping
    public String schedule(@PathVariable long weddingId, @Valid @ModelAttribute("form") VendorPaymentForm form,
                           BindingResult errors) {
        if (errors.hasErrors()) {
            log.warn("vendor payment form invalid: {} errors on fields {}", errors.getErrorCount(),
                    errors.getFieldErrors().stream().map(e -> e.getField()).toList());
            return "payments/new";
        }
        ThreadContext.put("weddingId", String.valueOf(weddingId));
        log.debug("scheduling vendor payment {}", form);
        long id = payments.schedule(weddingId, form);
        log.info("vendor payment {} scheduled: {} {} due {}", id, form.getVendorName(), form.getAmountCents(),
                form.getDueOn());
        return "redirect:/weddings/" + weddingId + "/payments";
    }

    @PostMapping("/{paymentId}/card")
    public String replaceCard(@PathVariable long weddingId, @PathVariable long paymentId,
                              @ModelAttribute VendorPaymentForm form) {
        payments.replaceCard(paymentId, form.getCardNumber(), form.getCvc(), form.getExpiry());
        log.info("card replaced on vendor payment {} (wedding {})", paymentId, weddingId);
        return "redirect:/weddings/" + weddingId + "/payments";
    }

    @PostMapping("/saved-cards")
    public String saveCard(@PathVariable long weddingId, @ModelAttribute SaveCardForm form, HttpSession session) {
        Couple couple = (Couple) session.getAttribute("couple");
        GatewayClient.Tokenised t = gateway.tokenise(form.getPrimaryAccountNumber(), form.getSecurityCode(),
                form.getExpMonth(), form.getExpYear());
        payments.saveCardToken(couple.id(), t.token(), t.brand(), t.lastFour(), form.getExpMonth(), form.getExpYear());
        log.info("saved card {} for couple {}: {}", t.token(), couple.id(), form);
        return "redirect:/weddings/" + weddingId + "/payments";
    }
}
