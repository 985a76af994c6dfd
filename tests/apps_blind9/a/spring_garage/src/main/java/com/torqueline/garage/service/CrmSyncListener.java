package com.torqueline.garage.service;

import com.torqueline.garage.client.SalesforceClient;
import com.torqueline.garage.domain.Customer;
import com.torqueline.garage.domain.Repositories.CustomerRepository;
import io.sentry.Sentry;
import io.sentry.protocol.User;
import java.util.HashMap;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.client.RestClient;

@Slf4j
@Component
@RequiredArgsConstructor
public class CrmSyncListener {
    private final SalesforceClient salesforce;
    private final CustomerRepository customers;

    @Value("${torqueline.ga.measurement-id}")
    private String gaMeasurementId;

    @Value("${torqueline.ga.api-secret}")
    private String gaApiSecret;

    @Async
    @TransactionalEventListener
    public void onBookingConfirmed(BookingConfirmed event) {
        Customer customer = customers.findById(event.customerId()).orElseThrow();
        if (event.firstVisit()) {
            Map<String, Object> lead = new HashMap<>();
            lead.put("Company", "Private customer");
            lead.put("LeadSource", "Online booking");
            lead.put("FirstName", customer.getFirstName());
            lead.put("LastName", customer.getLastName());
            lead.put("Email", customer.getEmail());
            lead.put("MobilePhone", customer.getPhone());
            lead.put("PostalCode", customer.getPostcode());
            try {
                String leadId = salesforce.createObject("Lead", lead);
                log.info("salesforce lead {} created for customer {}", leadId, customer.getId());
            } catch (RuntimeException e) {
                User user = new User();
                user.setId(String.valueOf(customer.getId()));
                user.setEmail(customer.getEmail());
                Sentry.withScope(scope -> {
                    scope.setUser(user);
                    Sentry.captureException(e);
                });
            }
        }
        sendGaEvent(customer.getId(), event.bookingId());
    }

    private void sendGaEvent(Long customerId, Long bookingId) {
        Map<String, Object> body = Map.of(
                "client_id", "cust." + customerId,
                "events", new Object[] {Map.of("name", "booking_confirmed", "params", Map.of("booking_id", bookingId))});
        RestClient.create().post()
                .uri("https://www.google-analytics.com/mp/collect?measurement_id={m}&api_secret={s}", gaMeasurementId, gaApiSecret)
                .body(body).retrieve().toBodilessEntity();
    }
}
