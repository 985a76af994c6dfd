package org.lindenhall.subs.vendors;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.inject.Inject;
import org.lindenhall.subs.config.AppConfig;
import org.lindenhall.subs.model.Patron;
import ratpack.exec.Promise;
import ratpack.http.client.HttpClient;

import java.net.URI;

public class KeenClient {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http;
    private final String eventsUrl;

    @Inject
    public KeenClient(HttpClient http, AppConfig config) {
        this.http = http;
        this.eventsUrl = config.keen.baseUrl + "/projects/" + config.keen.projectId + "/events/";
    }

    Promise<Integer> send(String collection, ObjectNode event) {
        return http.post(URI.create(eventsUrl + collection), spec -> spec
                        .headers(h -> h.set("Authorization", System.getenv("KEEN_WRITE_KEY")))
                        .body(b -> b.type("application/json").text(event.toString())))
                .map(resp -> resp.getStatusCode());
    }

    public Promise<Integer> subscriptionStarted(long patronId, String series, int pricePence) {
        ObjectNode e = JSON.createObjectNode();
        e.put("patron_id", patronId);
        e.put("series", series);
        e.put("price_pence", pricePence);
        return send("subscription_started", e);
    }

    public Promise<Integer> seatSelected(long patronId, String seatRef) {
        ObjectNode e = JSON.createObjectNode();
        e.put("patron_hash", org.apache.commons.codec.digest.DigestUtils.sha256Hex("lindenhall:" + patronId));
        e.put("seat_ref", seatRef);
        return send("seat_selected", e);
    }

    public Promise<Integer> patronRegistered(Patron patron) {
        ObjectNode e = JSON.createObjectNode();
        e.put("patron_id", patron.id());
        e.put("email", patron.email());
        e.put("postcode", patron.postcode());
        e.put("access_needs", patron.accessNeeds());
        return send("patron_registered", e);
    }
}
