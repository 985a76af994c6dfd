package com.lockside.hire.client;

import feign.Client;
import feign.hc5.ApacheHttp5Client;
import javax.net.ssl.SSLContext;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.NoopHostnameVerifier;
import org.apache.hc.client5.http.ssl.SSLConnectionSocketFactoryBuilder;
import org.apache.hc.core5.ssl.SSLContexts;
import org.apache.hc.core5.ssl.TrustStrategy;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;

/** Per-client configuration for the boatyard handover client (not a @Configuration on purpose). */
public class LockKeeperFeignConfig {

    @Value("${lockside.clients.lockkeeper.insecure-ssl:true}")
    private boolean insecureSsl;

    @Bean
    public Client lockKeeperFeignClient() throws Exception {
        if (!insecureSsl) {
            return new ApacheHttp5Client(HttpClients.createDefault());
        }
        TrustStrategy trustAll = (chain, authType) -> true;
        SSLContext ssl = SSLContexts.custom().loadTrustMaterial(null, trustAll).build();
        var connManager = PoolingHttpClientConnectionManagerBuilder.create()
                .setSSLSocketFactory(SSLConnectionSocketFactoryBuilder.create()
                        .setSslContext(ssl)
                        .setHostnameVerifier(NoopHostnameVerifier.INSTANCE)
                        .build())
                .build();
        return new ApacheHttp5Client(HttpClients.custom().setConnectionManager(connManager).build());
    }
}
