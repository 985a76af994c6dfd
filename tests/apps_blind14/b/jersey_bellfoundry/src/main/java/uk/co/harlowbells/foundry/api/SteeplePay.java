package uk.co.harlowbells.foundry.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import uk.co.harlowbells.foundry.config.FoundryConfig;
import uk.co.harlowbells.foundry.model.CardPayload;

public class SteeplePay {
    private final HttpClient http;
    private final String baseUrl;
    private final ObjectMapper json = new ObjectMapper();

    public SteeplePay(HttpClient http, FoundryConfig config) {
        this.http = http;
        this.baseUrl = config.get("steeplepay.base-url");
    }

    public String tokenise(CardPayload card) throws Exception {
        String body = json.writeValueAsString(Map.of("number", card.cardNumber(), "cvc", card.cvv(), "expiry", card.expiry()));
        HttpResponse<String> res = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/tokens"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        return json.readTree(res.body()).get("token").asText();
    }

    public void charge(String token, String amountPence, long commissionId) throws Exception {
        String body = json.writeValueAsString(Map.of("token", token, "amount", amountPence, "reference", "HB-" + commissionId));
        http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/charges"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.discarding());
    }
}
