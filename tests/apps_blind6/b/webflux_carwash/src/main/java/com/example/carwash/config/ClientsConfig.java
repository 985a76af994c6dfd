package com.example.carwash.config;

import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.util.InsecureTrustManagerFactory;
import javax.net.ssl.SSLException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.netty.http.client.HttpClient;

@Configuration
public class ClientsConfig {

    @Bean
    WebClient gatewayClient(@Value("${carwash.gateway-url}") String url) {
        return WebClient.builder().baseUrl(url).build();
    }

    @Bean
    WebClient brazeClient(@Value("${carwash.braze-endpoint}") String url,
                          @Value("${BRAZE_API_KEY:}") String apiKey) {
        return WebClient.builder()
                .baseUrl(url)
                .defaultHeader("Authorization", "Bearer " + apiKey)
                .build();
    }

    @Bean
    WebClient fleetClient(@Value("${carwash.fleet-portal-url}") String url) {
        return WebClient.builder().baseUrl(url).build();
    }

    @Bean
    WebClient kioskVendorClient() throws SSLException {
        var ssl = SslContextBuilder.forClient().trustManager(InsecureTrustManagerFactory.INSTANCE).build();
        HttpClient http = HttpClient.create().secure(spec -> spec.sslContext(ssl));
        return WebClient.builder()
                .baseUrl("https://kiosk-vendor.example.net/settlement")
                .clientConnector(new ReactorClientHttpConnector(http))
                .build();
    }
}
