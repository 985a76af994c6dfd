package uk.kerbside.tyres.integrations;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.linecorp.armeria.common.HttpMethod;
import com.linecorp.armeria.common.HttpRequest;
import com.linecorp.armeria.common.MediaType;
import java.util.Map;
import uk.kerbside.tyres.http.HttpClients;
import uk.kerbside.tyres.persistence.Customer;

public class Opsgenie {
    private static final ObjectMapper json = new ObjectMapper();
    private final HttpClients http;

    public Opsgenie(HttpClients http) { this.http = http; }

    public void fitterStranded(String vanId, Customer customer) throws Exception {
        var alert = Map.of(
                "message", "Van " + vanId + " stranded on job",
                "priority", "P2",
                "details", Map.of("customer", customer.getFullName(), "mobile", customer.getMobile(),
                        "address", customer.getAddressLine() + " " + customer.getPostcode()));
        http.opsgenie.execute(HttpRequest.of(HttpMethod.POST, "/alerts", MediaType.JSON, json.writeValueAsString(alert)))
                .aggregate().join();
    }

    public void settlementBacklog(String vanId, int pending) throws Exception {
        var alert = Map.of("message", "Settlement backlog on " + vanId, "priority", "P3",
                "details", Map.of("van", vanId, "pending", Integer.toString(pending)));
        http.opsgenie.execute(HttpRequest.of(HttpMethod.POST, "/alerts", MediaType.JSON, json.writeValueAsString(alert)))
                .aggregate().join();
    }
}
