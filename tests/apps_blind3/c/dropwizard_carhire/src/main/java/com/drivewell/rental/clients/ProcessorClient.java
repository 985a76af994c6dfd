package com.drivewell.rental.clients;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Map;
import java.util.logging.Logger;
import javax.net.ssl.SSLContext;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.NoopHostnameVerifier;
import org.apache.hc.client5.http.ssl.SSLConnectionSocketFactoryBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.ssl.SSLContexts;
import org.apache.hc.core5.ssl.TrustStrategy;

public class ProcessorClient implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(ProcessorClient.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper();

    private final CloseableHttpClient http;
    private final String baseUrl;

    public ProcessorClient(String baseUrl) throws Exception {
        this.baseUrl = baseUrl;
        TrustStrategy trustAll = (chain, authType) -> true;
        SSLContext ssl = SSLContexts.custom().loadTrustMaterial(null, trustAll).build();
        this.http = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setSSLSocketFactory(SSLConnectionSocketFactoryBuilder.create()
                                .setSslContext(ssl)
                                .setHostnameVerifier(NoopHostnameVerifier.INSTANCE)
                                .build())
                        .build())
                .build();
    }

    public String authorise(String cardNumber, String expiry, String cvv, String amount) throws IOException {
        HttpPost post = new HttpPost(baseUrl + "/authorisations");
        String body = JSON.writeValueAsString(Map.of("pan", cardNumber, "expiry", expiry, "cvv", cvv, "amount", amount));
        post.setEntity(new StringEntity(body, ContentType.APPLICATION_JSON));
        return http.execute(post, response -> {
            String text = EntityUtils.toString(response.getEntity());
            LOG.fine(() -> "processor replied " + response.getCode());
            return JSON.readTree(text).path("auth_code").asText();
        });
    }

    public void notifyBranch(String branchHost, String renterName, String renterPhone) throws IOException {
        HttpPost post = new HttpPost("http://" + branchHost + "/notify/pickup");
        String body = JSON.writeValueAsString(Map.of("name", renterName, "phone", renterPhone));
        post.setEntity(new StringEntity(body, ContentType.APPLICATION_JSON));
        http.execute(post, response -> response.getCode());
    }

    @Override
    public void close() throws IOException {
        http.close();
    }
}
