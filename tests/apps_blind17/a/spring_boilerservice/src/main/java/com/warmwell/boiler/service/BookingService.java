package com.warmwell.boiler.service;

import com.warmwell.boiler.domain.CardOnFile;
import com.warmwell.boiler.domain.Customer;
import com.warmwell.boiler.domain.DepositRequest;
import com.warmwell.boiler.domain.ServiceVisit;
import com.warmwell.boiler.integration.AxiomShipper;
import com.warmwell.boiler.integration.KeapClient;
import com.warmwell.boiler.messaging.DepositPublisher;
import com.warmwell.boiler.repo.Repositories.CardOnFileRepository;
import com.warmwell.boiler.repo.Repositories.CustomerRepository;
import com.warmwell.boiler.repo.Repositories.ServiceVisitRepository;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class BookingService {
    private static final Logger log = LoggerFactory.getLogger(BookingService.class);
    private static final Logger audit = LoggerFactory.getLogger("AUDIT");
    private static final Set<String> AREAS = Set.of("SY", "LD", "HR", "SA");

    private final CustomerRepository customers;
    private final CardOnFileRepository cards;
    private final ServiceVisitRepository jobs;
    private final KeapClient keap;
    private final AxiomShipper axiom;
    private final DepositPublisher deposits;

    public BookingService(CustomerRepository customers, CardOnFileRepository cards, ServiceVisitRepository jobs,
                          KeapClient keap, AxiomShipper axiom, DepositPublisher deposits) {
        this.customers = customers;
        this.cards = cards;
        this.jobs = jobs;
        this.keap = keap;
        this.axiom = axiom;
        this.deposits = deposits;
    }

    @Transactional
    public Customer register(Customer incoming) {
        String area = incoming.getPostcode() == null ? "" : incoming.getPostcode().replaceAll("[0-9].*", "");
        if (!AREAS.contains(area)) {
            throw new UnknownPostcodeException("We don't cover " + incoming.getPostcode() + " for " + incoming.getFullName()
                    + " at " + incoming.getAddressLine());
        }
        Customer saved = customers.save(incoming);
        log.info("registered customer {}", saved);
        audit.info("customer.registered id={}", saved.getId());
        saved.setKeapContactId(keap.createContact(saved));
        axiom.ship("customer.registered", Map.of("customer_id", saved.getId(), "area", area));
        return saved;
    }

    @Transactional
    public ServiceVisit book(Long customerId, LocalDateTime when, String appliance, String cardToken, String last4) {
        Customer c = customers.findById(customerId).orElseThrow();
        ServiceVisit job = jobs.save(new ServiceVisit(customerId, when, appliance));
        if (cardToken != null) {
            cards.save(new CardOnFile(customerId, cardToken, last4));
        }
        log.info("booked job {} for customer {} ({})", job.getId(), customerId, appliance);
        axiom.ship("job.booked", Map.of("job_id", job.getId(), "customer_email", c.getEmail(), "customer_phone", c.getPhone(),
                "appliance", appliance));
        return job;
    }

    @Transactional
    public void takeCalloutDeposit(DepositRequest req) {
        jobs.recordCalloutDeposit(req.jobId(), req.cardNumber(), req.cvc(), req.amountPence());
        deposits.publish(req);
        audit.info("deposit.requested job={} amount={}", req.jobId(), req.amountPence());
    }
}
