package uk.co.harlowbells.foundry.vendor;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import uk.co.harlowbells.foundry.config.FoundryConfig;
import uk.co.harlowbells.foundry.model.Commission;
import uk.co.harlowbells.foundry.model.Contact;

public class CampanileLedger {
    private final HttpClient http;
    private final String baseUrl;
    private final ObjectMapper json = new ObjectMapper();

    public CampanileLedger(HttpClient http, FoundryConfig config) {
        this.http = http;
        this.baseUrl = config.get("campanile.base-url", "https://ledger.campanile-bellhangers.co.uk/v1");
    }

    public void scheduleHanging(Commission commission, Contact contact) throws Exception {
        Map<String, Object> job = new LinkedHashMap<>();
        job.put("ref", "HB-" + commission.id());
        job.put("bells", commission.bellCount());
        job.put("tenor_kg", commission.tenorWeightKg());
        job.put("site_contact", Map.of("name", contact.fullName(), "phone", contact.phone(), "address", contact.postalAddress()));
        post("/hangings", job);
    }

    public void reportWeights(Commission commission) throws Exception {
        post("/weights", Map.of("ref", "HB-" + commission.id(), "tenor_kg", commission.tenorWeightKg()));
    }

    private void post(String path, Object body) throws Exception {
        http.send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.discarding());
    }
}
