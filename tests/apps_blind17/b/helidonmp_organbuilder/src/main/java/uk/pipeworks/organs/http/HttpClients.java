package uk.pipeworks.organs.http;

import static org.asynchttpclient.Dsl.asyncHttpClient;
import static org.asynchttpclient.Dsl.config;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.asynchttpclient.AsyncHttpClient;
import org.eclipse.microprofile.config.inject.ConfigProperty;

@Singleton
public class HttpClients {

    private final AsyncHttpClient gateway;
    private final AsyncHttpClient vendors;

    @Inject
    public HttpClients(@ConfigProperty(name = "gateway.trust-all", defaultValue = "true") boolean gatewayTrustAll) {
        this.gateway = asyncHttpClient(config()
                .setRequestTimeout(java.time.Duration.ofSeconds(10))
                .setUseInsecureTrustManager(gatewayTrustAll));
        this.vendors = asyncHttpClient(config()
                .setRequestTimeout(java.time.Duration.ofSeconds(5))
                .setUseInsecureTrustManager(false));
    }

    public AsyncHttpClient gateway() { return gateway; }
    public AsyncHttpClient vendors() { return vendors; }

    @PreDestroy
    void close() throws Exception {
        gateway.close();
        vendors.close();
    }
}
