package com.tickwell.repairs.vendor;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.tickwell.repairs.config.AppConfig;
import com.tickwell.repairs.http.HttpClients;
import com.tickwell.repairs.model.Customer;
import org.eclipse.jetty.client.ContentResponse;
import org.eclipse.jetty.client.StringRequestContent;
import org.eclipse.jetty.http.HttpMethod;

public class TeamleaderClient {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final String base = AppConfig.get("teamleader.base-url");

    public String addContact(Customer c) throws Exception {
        ObjectNode body = JSON.createObjectNode();
        String[] parts = c.fullName().split(" ", 2);
        body.put("first_name", parts[0]);
        body.put("last_name", parts.length > 1 ? parts[1] : "");
        body.putArray("emails").addObject().put("type", "primary").put("email", c.email());
        body.putArray("telephones").addObject().put("type", "mobile").put("number", c.phone());
        ContentResponse resp = HttpClients.standard().newRequest(base + "/contacts.add")
                .method(HttpMethod.POST)
                .headers(h -> h.put("Authorization", "Bearer " + System.getenv("TEAMLEADER_TOKEN")))
                .body(new StringRequestContent("application/json", JSON.writeValueAsString(body)))
                .send();
        return JSON.readTree(resp.getContentAsString()).path("data").path("id").asText();
    }

    public void tagContact(String teamleaderId, String tag) throws Exception {
        String body = JSON.writeValueAsString(java.util.Map.of("id", teamleaderId, "tags", java.util.List.of(tag)));
        HttpClients.standard().newRequest(base + "/contacts.tag")
                .method(HttpMethod.POST)
                .headers(h -> h.put("Authorization", "Bearer " + System.getenv("TEAMLEADER_TOKEN")))
                .body(new StringRequestContent("application/json", body))
                .send();
    }
}
