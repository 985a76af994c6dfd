package co.vowsandco.planner.client;

import co.vowsandco.planner.service.Couple;
import java.util.Map;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestTemplate;

@Component
public class HubspotClient {

    private static final Logger log = LogManager.getLogger(HubspotClient.class);
    private final RestTemplate rest;

    public HubspotClient(@Qualifier("hubspotRestTemplate") RestTemplate rest) {
        this.rest = rest;
    }

    public String upsertContact(Couple couple, String weddingDate) {
        Map<String, Object> body = Map.of("properties", Map.of(
                "email", couple.email(),
                "firstname", couple.partnerOne(),
                "lastname", couple.partnerTwo(),
                "phone", couple.phone() == null ? "" : couple.phone(),
                "wedding_date", weddingDate,
                "lifecyclestage", "customer"));
        try {
            Map<?, ?> created = rest.postForObject("/crm/v3/objects/contacts", body, Map.class);
            String id = String.valueOf(created.get("id"));
            log.info("hubspot contact {} created for couple {}", id, couple.id());
            return id;
        } catch (RestClientException e) {
            log.warn("hubspot upsert failed for couple {}: {}", couple.id(), e.getMessage());
            return null;
        }
    }

    public void recordStage(String contactId, String stage) {
        rest.patchForObject("/crm/v3/objects/contacts/" + contactId,
                Map.of("properties", Map.of("planning_stage", stage)), Map.class);
    }
}
