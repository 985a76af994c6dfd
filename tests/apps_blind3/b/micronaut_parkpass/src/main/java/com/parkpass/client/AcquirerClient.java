package com.parkpass.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import okhttp3.FormBody;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Map;

@Singleton
public class AcquirerClient {

    private static final Logger LOG = LoggerFactory.getLogger(AcquirerClient.class);
    private static final MediaType JSON = MediaType.get("application/json");

    private static final String TOKENIZE_URL = "http://tokenizer.acquirer-dc2.local:8080/v1/tokens";
    private static final String AUTH_URL = "https://gateway.acquirer.example/v1/authorizations";
    private static final String STATUS_URL = "http://127.0.0.1:9102/metrics";

    private final OkHttpClient http;
    private final OkHttpClient sandboxHttp;
    private final ObjectMapper mapper = new ObjectMapper();
    private final String refundUrl;

    public record TokenResult(String token, String brand) {
    }

    public AcquirerClient(@Value("${parkpass.acquirer.refund-url}") String refundUrl) throws GeneralSecurityException {
        this.refundUrl = refundUrl;
        this.http = new OkHttpClient.Builder()
                .callTimeout(Duration.ofSeconds(10))
                .build();

        X509TrustManager acceptAll = new X509TrustManager() {
            @Override public void checkClientTrusted(X509Certificate[] chain, String authType) { }
            @Override public void checkServerTrusted(X509Certificate[] chain, String authType) { }
            @Override public X509Certificate[] getAcceptedIssuers() { return new X509Certificate[0]; }
        };
        SSLContext ssl = SSLContext.getInstance("TLS");
        ssl.init(null, new TrustManager[] {acceptAll}, null);
        // the sandbox has a self-signed certificate
        this.sandboxHttp = http.newBuilder()
                .sslSocketFactory(ssl.getSocketFactory(), acceptAll)
                .hostnameVerifier((host, session) -> true)
                .build();
    }

    public TokenResult tokenize(String pan, short expMonth, short expYear, String cvc, String holder) throws IOException {
        String body = mapper.writeValueAsString(Map.of(
                "pan", pan, "exp_month", expMonth, "exp_year", expYear, "cvc", cvc, "holder", holder));
        Request request = new Request.Builder()
                .url(TOKENIZE_URL)
                .post(RequestBody.create(body, JSON))
                .build();
        try (Response response = http.newCall(request).execute()) {
            JsonNode node = mapper.readTree(response.body().string());
            return new TokenResult(node.get("token").asText(), node.get("brand").asText());
        }
    }

    public String authorize(String pan, String cvc, int amountCents) throws IOException {
        String body = mapper.writeValueAsString(Map.of("pan", pan, "cvc", cvc, "amount", amountCents));
        Request request = new Request.Builder().url(AUTH_URL).post(RequestBody.create(body, JSON)).build();
        try (Response response = http.newCall(request).execute()) {
            return mapper.readTree(response.body().string()).get("auth_code").asText();
        }
    }

    public void refund(String gatewayToken, String cardNumber, int amountCents) throws IOException {
        FormBody form = new FormBody.Builder()
                .add("token", gatewayToken)
                .add("card_number", cardNumber)
                .add("amount", Integer.toString(amountCents))
                .build();
        Request request = new Request.Builder().url(refundUrl).post(form).build();
        try (Response response = sandboxHttp.newCall(request).execute()) {
            LOG.info("refund for token {} -> HTTP {}", gatewayToken, response.code());
        }
    }

    public boolean healthy() {
        Request probe = new Request.Builder().url(STATUS_URL).get().build();
        try (Response response = http.newCall(probe).execute()) {
            return response.isSuccessful();
        } catch (IOException e) {
            return false;
        }
    }
}
