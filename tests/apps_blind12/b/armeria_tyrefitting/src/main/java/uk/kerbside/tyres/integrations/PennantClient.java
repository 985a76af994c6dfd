package uk.kerbside.tyres.integrations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.linecorp.armeria.common.HttpRequest;
import com.linecorp.armeria.common.HttpMethod;
import com.linecorp.armeria.common.MediaType;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.kerbside.tyres.http.HttpClients;

public class PennantClient {
    private static final Logger log = LoggerFactory.getLogger(PennantClient.class);
    private static final ObjectMapper json = new ObjectMapper();
    private final HttpClients http;

    public PennantClient(HttpClients http) { this.http = http; }

    public JsonNode tokenise(String pan, String expiry, String cvv) throws Exception {
        String body = json.writeValueAsString(Map.of("pan", pan, "expiry", expiry, "cvv", cvv));
        var res = http.pennant.execute(HttpRequest.of(HttpMethod.POST, "/v1/tokens", MediaType.JSON, body))
                .aggregate().join();
        JsonNode node = json.readTree(res.contentUtf8());
        log.atInfo().addKeyValue("last4", node.path("last4").asText()).log("pennant token issued");
        return node;
    }

    public JsonNode charge(String token, int amountPence, String reference) throws Exception {
        String body = json.writeValueAsString(Map.of("token", token, "amount", amountPence, "reference", reference));
        var res = http.pennant.execute(HttpRequest.of(HttpMethod.POST, "/v1/charges", MediaType.JSON, body))
                .aggregate().join();
        return json.readTree(res.contentUtf8());
    }

    public int settleOffline(String vanId, String pan, String expiry, String cvv, int amountPence) throws Exception {
        String body = json.writeValueAsString(Map.of("van", vanId, "pan", pan, "expiry", expiry, "cvv", cvv, "amount", amountPence));
        return http.pennant.execute(HttpRequest.of(HttpMethod.POST, "/v1/offline-settlements", MediaType.JSON, body))
                .aggregate().join().status().code();
    }
}
