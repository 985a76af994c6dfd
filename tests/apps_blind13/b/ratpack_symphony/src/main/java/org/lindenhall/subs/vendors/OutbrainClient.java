package org.lindenhall.subs.vendors;

import com.google.inject.Inject;
import org.lindenhall.subs.config.AppConfig;
import ratpack.exec.Promise;
import ratpack.http.client.HttpClient;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

public class OutbrainClient {
    private final HttpClient http;
    private final String marketerId;

    @Inject
    public OutbrainClient(HttpClient http, AppConfig config) {
        this.http = http;
        this.marketerId = config.outbrain.marketerId;
    }

    public Promise<Integer> conversion(String obClickId, int pricePence) {
        String url = "https://tr.outbrain.com/unifiedPixel?marketerId=" + marketerId
                + "&obApiVersion=1.1&name=Subscription&ob_click_id=" + URLEncoder.encode(obClickId, StandardCharsets.UTF_8)
                + "&orderValue=" + (pricePence / 100.0) + "&currency=GBP";
        return http.get(URI.create(url)).map(resp -> resp.getStatusCode());
    }
}
