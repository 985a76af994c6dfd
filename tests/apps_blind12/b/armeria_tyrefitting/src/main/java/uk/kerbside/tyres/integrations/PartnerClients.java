package uk.kerbside.tyres.integrations;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.linecorp.armeria.common.HttpMethod;
import com.linecorp.armeria.common.HttpRequest;
import com.linecorp.armeria.common.MediaType;
import java.util.Map;
import uk.kerbside.tyres.http.HttpClients;
import uk.kerbside.tyres.persistence.Customer;

public class PartnerClients {
    private static final ObjectMapper json = new ObjectMapper();
    private final HttpClients http;

    public PartnerClients(HttpClients http) { this.http = http; }

    /** Wheel alignment is subcontracted to Rimwell; they call the customer to book a bay. */
    public void referAlignment(Customer c, String reg) throws Exception {
        var body = Map.of("name", c.getFullName(), "phone", c.getMobile(), "postcode", c.getPostcode(), "reg", reg);
        http.rimwell.execute(HttpRequest.of(HttpMethod.POST, "/api/referrals", MediaType.JSON, json.writeValueAsString(body)))
                .aggregate().join();
    }

    /** End-of-shift sheet printed in the depot: job refs and tyre counts. */
    public void pushDepotSheet(String vanId, Map<String, Integer> jobs) throws Exception {
        http.depot.execute(HttpRequest.of(HttpMethod.POST, "/sheets/" + vanId, MediaType.JSON, json.writeValueAsString(jobs)))
                .aggregate().join();
    }

    public void pushDepotCustomer(String vanId, Customer c) throws Exception {
        var body = Map.of("van", vanId, "customer", c.getFullName(), "mobile", c.getMobile(), "address", c.getAddressLine());
        http.depot.execute(HttpRequest.of(HttpMethod.POST, "/callbacks", MediaType.JSON, json.writeValueAsString(body)))
                .aggregate().join();
    }
}
