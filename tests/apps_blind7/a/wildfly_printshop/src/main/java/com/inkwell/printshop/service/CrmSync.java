package com.inkwell.printshop.service;

import com.inkwell.printshop.client.HubSpotClient;
import com.inkwell.printshop.domain.Customer;
import com.inkwell.printshop.domain.PrintJob;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

@ApplicationScoped
public class CrmSync {

    private static final Logger LOG = Logger.getLogger(CrmSync.class);

    @Inject
    @RestClient
    HubSpotClient hubspot;

    public void upsertContact(Customer customer) {
        Map<String, Object> properties = Map.of(
                "email", customer.getEmail(),
                "firstname", customer.getFullName(),
                "phone", customer.getPhone() == null ? "" : customer.getPhone(),
                "company", customer.getCompanyName() == null ? "" : customer.getCompanyName());
        try {
            hubspot.createContact(Map.of("properties", properties));
        } catch (RuntimeException e) {
            LOG.errorf(e, "HubSpot contact sync failed for customer %d", customer.getId());
        }
    }

    public void dealWon(PrintJob job) {
        hubspot.createDeal(Map.of("properties", Map.of(
                "dealname", "Print job " + job.getJobNumber(),
                "amount", job.getTotal().toPlainString(),
                "dealstage", "closedwon",
                "inkwell_customer_id", String.valueOf(job.getCustomer().getId()))));
        LOG.debugf("deal created for job %s", job.getJobNumber());
    }
}
