package com.cellardoor.tours.config;

import javax.net.ssl.SSLContext;

import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.NoopHostnameVerifier;
import org.apache.hc.client5.http.ssl.SSLConnectionSocketFactoryBuilder;
import org.apache.hc.core5.ssl.SSLContexts;
import org.apache.hc.core5.ssl.TrustAllStrategy;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

@Configuration
public class HttpClientsConfig {

    @Bean
    RestClient iterableClient(RestClient.Builder builder,
                              @Value("${cellardoor.iterable.base-url}") String baseUrl,
                              @Value("${cellardoor.iterable.api-key}") String apiKey) {
        return builder.baseUrl(baseUrl).defaultHeader("Api-Key", apiKey).build();
    }

    @Bean
    RestClient vinpayClient(RestClient.Builder builder,
                            @Value("${cellardoor.vinpay.base-url}") String baseUrl,
                            @Value("${cellardoor.vinpay.trust-all:true}") boolean trustAll) throws Exception {
        SSLContext ssl = trustAll
                ? SSLContexts.custom().loadTrustMaterial(TrustAllStrategy.INSTANCE).build()
                : SSLContexts.createSystemDefault();
        var factory = SSLConnectionSocketFactoryBuilder.create()
                .setSslContext(ssl)
                .setHostnameVerifier(trustAll ? NoopHostnameVerifier.INSTANCE : null)
                .build();
        var http = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create().setSSLSocketFactory(factory).build())
                .build();
        return builder.baseUrl(baseUrl).requestFactory(new HttpComponentsClientHttpRequestFactory(http)).build();
    }

    @Bean
    RestClient conciergeClient(RestClient.Builder builder, @Value("${cellardoor.concierge.base-url}") String baseUrl) {
        return builder.baseUrl(baseUrl).build();
    }

    @Bean
    RestClient shuttleClient(RestClient.Builder builder, @Value("${cellardoor.shuttle.base-url}") String baseUrl) {
        return builder.baseUrl(baseUrl).build();
    }
}
