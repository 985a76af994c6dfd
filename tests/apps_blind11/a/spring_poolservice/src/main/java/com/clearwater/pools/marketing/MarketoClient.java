package com.clearwater.pools.marketing;

import com.clearwater.pools.customer.Customer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

@Component
public class MarketoClient {
    private final RestClient marketo;
    private final MarketoTokenProvider tokens;

    public MarketoClient(@Qualifier("marketoRestClient") RestClient marketo, MarketoTokenProvider tokens) {
        this.marketo = marketo;
        this.tokens = tokens;
    }

    public Long syncLead(Customer c) {
        Map<String, Object> lead = new HashMap<>();
        lead.put("email", c.getEmail());
        lead.put("firstName", c.getFullName().split(" ")[0]);
        lead.put("phone", c.getPhone());
        lead.put("address", c.getStreet());
        lead.put("postalCode", c.getPostcode());
        Map<?, ?> res = marketo.post().uri("/rest/v1/leads.json")
                .header("Authorization", "Bearer " + tokens.current())
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("action", "createOrUpdate", "lookupField", "email", "input", List.of(lead)))
                .retrieve().body(Map.class);
        List<Map<String, Object>> result = (List<Map<String, Object>>) res.get("result");
        return ((Number) result.get(0).get("id")).longValue();
    }

    public void addToSeasonList(long leadId, long listId) {
        marketo.post().uri("/rest/v1/lists/{listId}/leads.json", listId)
                .header("Authorization", "Bearer " + tokens.current())
                .body(Map.of("input", List.of(Map.of("id", leadId))))
                .retrieve().toBodilessEntity();
    }
}
