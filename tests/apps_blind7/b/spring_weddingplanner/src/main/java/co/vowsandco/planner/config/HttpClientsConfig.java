package co.vowsandco.planner.config;

import java.security.KeyManagementException;
import java.security.KeyStoreException;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.SSLConnectionSocketFactoryBuilder;
import org.apache.hc.core5.ssl.SSLContexts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;
import org.springframework.web.client.RestTemplate;

@Configuration
public class HttpClientsConfig {

    @Bean
    RestTemplate gatewayRestTemplate(RestTemplateBuilder builder, @Value("${planner.gateway.base-url}") String baseUrl,
                                     @Value("${planner.gateway.api-key}") String apiKey) {
        return builder.rootUri(baseUrl)
                .defaultHeader("Authorization", "Bearer " + apiKey)
                .setConnectTimeout(Duration.ofSeconds(5))
                .setReadTimeout(Duration.ofSeconds(20))
                .build();
    }

    @Bean
    RestTemplate hubspotRestTemplate(RestTemplateBuilder builder, @Value("${planner.hubspot.base-url}") String baseUrl,
                                     @Value("${planner.hubspot.token}") String token) {
        return builder.rootUri(baseUrl).defaultHeader("Authorization", "Bearer " + token).build();
    }

    @Bean
    RestTemplate stationeryRestTemplate(RestTemplateBuilder builder, @Value("${planner.stationery.base-url}") String baseUrl) {
        return builder.rootUri(baseUrl).setConnectTimeout(Duration.ofSeconds(10)).build();
    }

    /** VenueHub's partner sandbox and production both present a certificate for the wrong host name. */
    @Bean
    RestTemplate venueRestTemplate(RestTemplateBuilder builder, @Value("${planner.venues.base-url}") String baseUrl)
            throws NoSuchAlgorithmException, KeyManagementException, KeyStoreException {
        SSLContext sslContext = SSLContexts.custom().loadTrustMaterial(null, (chain, authType) -> true).build();
        CloseableHttpClient client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setSSLSocketFactory(SSLConnectionSocketFactoryBuilder.create().setSslContext(sslContext).build())
                        .build())
                .build();
        return builder.rootUri(baseUrl).requestFactory(() -> new HttpComponentsClientHttpRequestFactory(client)).build();
    }
}
