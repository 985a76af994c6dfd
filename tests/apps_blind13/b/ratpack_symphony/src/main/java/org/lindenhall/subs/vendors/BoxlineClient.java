package org.lindenhall.subs.vendors;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.inject.Inject;
import com.google.inject.name.Named;
import io.netty.handler.ssl.SslContext;
import org.lindenhall.subs.config.AppConfig;
import org.lindenhall.subs.model.Patron;
import org.lindenhall.subs.model.Subscription;
import ratpack.exec.Promise;
import ratpack.http.client.HttpClient;

import java.net.URI;

public class BoxlineClient {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http;
    private final SslContext ssl;
    private final String baseUrl;

    @Inject
    public BoxlineClient(HttpClient http, @Named("boxlineSsl") SslContext ssl, AppConfig config) {
        this.http = http;
        this.ssl = ssl;
        this.baseUrl = config.boxline.baseUrl != null ? config.boxline.baseUrl : "http://partners.boxline-tickets.example/v1";
    }

    public Promise<Integer> reserveSeats(Patron patron, Subscription sub) {
        ObjectNode hold = JSON.createObjectNode();
        hold.put("seat_ref", sub.seatRef);
        hold.put("series", sub.series);
        hold.put("holder_name", patron.fullName());
        hold.put("holder_phone", patron.phone());
        hold.put("access_needs", patron.accessNeeds());
        return http.post(URI.create(baseUrl + "/holds"), spec -> spec
                        .sslContext(ssl)
                        .body(b -> b.type("application/json").text(hold.toString())))
                .map(resp -> resp.getStatusCode());
    }

    public Promise<Integer> pushContactUpdate(Patron patron) {
        ObjectNode contact = JSON.createObjectNode()
                .put("holder_name", patron.fullName())
                .put("holder_email", patron.email())
                .put("holder_phone", patron.phone());
        return http.request(URI.create(baseUrl + "/holders/" + patron.id()), spec -> spec
                        .put()
                        .sslContext(ssl)
                        .body(b -> b.type("application/json").text(contact.toString())))
                .map(resp -> resp.getStatusCode());
    }

    public Promise<Integer> releaseSeat(String seatRef) {
        return http.request(URI.create("http://127.0.0.1:5099/holds/" + seatRef), spec -> spec.delete())
                .map(resp -> resp.getStatusCode());
    }
}
