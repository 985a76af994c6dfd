package uk.co.thimbletack.workshop.web;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.*;
import uk.co.thimbletack.workshop.domain.CardOnFile;
import uk.co.thimbletack.workshop.domain.DepositCapture;
import uk.co.thimbletack.workshop.dto.CardRequest;
import uk.co.thimbletack.workshop.dto.PhoneDepositRequest;
import uk.co.thimbletack.workshop.service.PaymentService;

@RestController
@RequestMapping("/api/payments")
public class PaymentController {
    private final PaymentService payments;

    public PaymentController(PaymentService payments) {
        this.payments = payments;
    }

    @PostMapping("/customers/{customerId}/cards")
    @ResponseStatus(HttpStatus.CREATED)
    public Map<String, String> saveCard(@PathVariable String customerId, @RequestBody CardRequest req) {
        CardOnFile card = payments.saveCard(customerId, req);
        return Map.of("id", card.getId(), "last4", card.getLast4());
    }

    @PostMapping("/phone-deposits")
    @ResponseStatus(HttpStatus.ACCEPTED)
    public Map<String, String> phoneDeposit(@RequestBody PhoneDepositRequest req) {
        DepositCapture capture = payments.capturePhoneDeposit(req);
        return Map.of("id", capture.getId());
    }
}
