package com.clearwater.pools.config;

import javax.net.ssl.SSLContext;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.NoopHostnameVerifier;
import org.apache.hc.client5.http.ssl.SSLConnectionSocketFactoryBuilder;
import org.apache.hc.core5.ssl.SSLContextBuilder;
import org.apache.hc.core5.ssl.TrustStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

@Configuration
public class HttpClientsConfig {

    private static ClientHttpRequestFactory factory(boolean trustAll) throws Exception {
        if (!trustAll) {
            return new HttpComponentsClientHttpRequestFactory();
        }
        TrustStrategy acceptAll = (chain, authType) -> true;
        SSLContext ssl = SSLContextBuilder.create().loadTrustMaterial(null, acceptAll).build();
        var cm = PoolingHttpClientConnectionManagerBuilder.create()
                .setSSLSocketFactory(SSLConnectionSocketFactoryBuilder.create()
                        .setSslContext(ssl)
                        .setHostnameVerifier(NoopHostnameVerifier.INSTANCE)
                        .build())
                .build();
        return new HttpComponentsClientHttpRequestFactory(HttpClients.custom().setConnectionManager(cm).build());
    }

    @Bean
    RestClient chlorineRestClient(ClearwaterProperties props) throws Exception {
        return RestClient.builder()
                .baseUrl(props.chlorinePartner().baseUrl())
                .requestFactory(factory(props.chlorinePartner().trustAll()))
                .build();
    }

    @Bean
    RestClient poolpayRestClient(ClearwaterProperties props) throws Exception {
        return RestClient.builder()
                .baseUrl(props.poolpay().baseUrl())
                .requestFactory(factory(props.poolpay().trustAll()))
                .build();
    }

    @Bean
    RestClient marketoRestClient(ClearwaterProperties props) {
        return RestClient.builder().baseUrl(props.marketo().baseUrl()).build();
    }

    @Bean
    RestClient mparticleRestClient(ClearwaterProperties props) {
        return RestClient.builder().baseUrl(props.mparticle().baseUrl()).build();
    }

    @Bean
    RestClient sensorHubRestClient(ClearwaterProperties props) {
        return RestClient.builder().baseUrl(props.sensorHub().baseUrl()).build();
    }
}
