package uk.co.whitlowbells.foundry.service;

import java.util.Map;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestClient;
import uk.co.whitlowbells.foundry.config.FoundryProperties;
import uk.co.whitlowbells.foundry.domain.Customer;

@Service
public class LemlistService {
    private final RestClient lemlist;
    private final String campaignId;

    public LemlistService(@Qualifier("lemlistClient") RestClient lemlist, FoundryProperties props) {
        this.lemlist = lemlist;
        this.campaignId = props.lemlist().campaignId();
    }

    public void addLead(Customer customer) {
        var lead = Map.of(
                "firstName", customer.getFullName().split(" ")[0],
                "lastName", customer.getFullName().substring(customer.getFullName().indexOf(' ') + 1),
                "phone", customer.getPhone(),
                "companyName", customer.getParish());
        lemlist.post()
                .uri("/campaigns/{campaignId}/leads/{email}?deduplicate=true", campaignId, customer.getEmail())
                .body(lead)
                .retrieve()
                .toBodilessEntity();
    }

    public void unsubscribe(String leadId) {
        lemlist.delete().uri("/campaigns/{campaignId}/leads/{leadId}", campaignId, leadId).retrieve().toBodilessEntity();
    }
}
