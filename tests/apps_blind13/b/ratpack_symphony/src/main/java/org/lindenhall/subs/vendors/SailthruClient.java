package org.lindenhall.subs.vendors;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.inject.Inject;
import com.google.inject.name.Named;
import io.netty.handler.ssl.SslContext;
import org.lindenhall.subs.config.AppConfig;
import org.lindenhall.subs.model.Patron;
import ratpack.exec.Promise;
import ratpack.http.client.HttpClient;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

public class SailthruClient {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http;
    private final SslContext ssl;
    private final String baseUrl;
    private final String apiKey = System.getenv("SAILTHRU_KEY");
    private final String secret = System.getenv("SAILTHRU_SECRET");

    @Inject
    public SailthruClient(HttpClient http, @Named("vendorSsl") SslContext ssl, AppConfig config) {
        this.http = http;
        this.ssl = ssl;
        this.baseUrl = config.sailthru.baseUrl;
    }

    private String sig(String json) throws Exception {
        MessageDigest md5 = MessageDigest.getInstance("MD5");
        return HexFormat.of().formatHex(md5.digest((secret + apiKey + "json" + json).getBytes(StandardCharsets.UTF_8)));
    }

    public Promise<Integer> upsertUser(Patron patron, String series) throws Exception {
        ObjectNode user = JSON.createObjectNode();
        user.put("id", patron.email());
        user.put("key", "email");
        ObjectNode vars = user.putObject("vars");
        vars.put("name", patron.fullName());
        vars.put("phone", patron.phone());
        vars.put("postcode", patron.postcode());
        vars.put("series", series);
        user.putObject("lists").put("Subscribers " + series, 1);
        String json = user.toString();
        String form = "api_key=" + apiKey + "&format=json&sig=" + sig(json) + "&json="
                + URLEncoder.encode(json, StandardCharsets.UTF_8);
        return http.post(URI.create(baseUrl + "/user"), spec -> spec
                        .sslContext(ssl)
                        .body(b -> b.type("application/x-www-form-urlencoded").text(form)))
                .map(resp -> resp.getStatusCode());
    }
}
