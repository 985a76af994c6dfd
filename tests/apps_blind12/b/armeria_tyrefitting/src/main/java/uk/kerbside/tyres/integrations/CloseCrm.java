package uk.kerbside.tyres.integrations;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.linecorp.armeria.common.HttpMethod;
import com.linecorp.armeria.common.HttpRequest;
import com.linecorp.armeria.common.MediaType;
import java.util.List;
import java.util.Map;
import uk.kerbside.tyres.http.HttpClients;
import uk.kerbside.tyres.persistence.Customer;

public class CloseCrm {
    private static final ObjectMapper json = new ObjectMapper();
    private final HttpClients http;

    public CloseCrm(HttpClients http) { this.http = http; }

    public void createFleetLead(String companyName, Customer contact) throws Exception {
        var lead = Map.of(
                "name", companyName,
                "contacts", List.of(Map.of(
                        "name", contact.getFullName(),
                        "emails", List.of(Map.of("type", "office", "email", contact.getEmail())),
                        "phones", List.of(Map.of("type", "mobile", "phone", contact.getMobile())))),
                "addresses", List.of(Map.of("address_1", contact.getAddressLine(), "zipcode", contact.getPostcode())));
        http.close.execute(HttpRequest.of(HttpMethod.POST, "/lead/", MediaType.JSON, json.writeValueAsString(lead)))
                .aggregate().join();
    }

    public void logFitting(String leadId, String jobRef, int tyres) throws Exception {
        var activity = Map.of("lead_id", leadId, "note", "Fitting " + jobRef + " completed: " + tyres + " tyres");
        http.close.execute(HttpRequest.of(HttpMethod.POST, "/activity/note/", MediaType.JSON, json.writeValueAsString(activity)))
                .aggregate().join();
    }
}
