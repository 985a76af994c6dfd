package com.vermex.pest.contract;

import com.vermex.pest.payment.PaymentRetryProducer;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/contracts")
public class ContractController {

    private final ContractService service;
    private final PaymentRetryProducer retries;

    public ContractController(ContractService service, PaymentRetryProducer retries) {
        this.service = service;
        this.retries = retries;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    public Map<String, Object> open(@Valid @RequestBody NewContractRequest request) {
        return Map.of("id", service.open(request), "cardLast4", request.card().last4());
    }

    @PostMapping("/{id}/callout-payment")
    @ResponseStatus(HttpStatus.ACCEPTED)
    public void calloutPayment(@PathVariable long id, @RequestBody NewContractRequest request) {
        retries.scheduleRetry(id, new BigDecimal("95.00"), request.card());
    }
}
