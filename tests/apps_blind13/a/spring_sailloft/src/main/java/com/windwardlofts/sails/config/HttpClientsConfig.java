package com.windwardlofts.sails.config;

import com.windwardlofts.sails.client.EmarsysClient;
import com.windwardlofts.sails.client.HoneycombClient;
import com.windwardlofts.sails.client.MeasuringVanClient;
import com.windwardlofts.sails.client.PaymentGatewayClient;
import com.windwardlofts.sails.client.RiggerClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.NoopHostnameVerifier;
import org.apache.hc.client5.http.ssl.SSLConnectionSocketFactoryBuilder;
import org.apache.hc.client5.http.ssl.TrustAllStrategy;
import org.apache.hc.core5.ssl.SSLContextBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.support.RestClientAdapter;
import org.springframework.web.service.invoker.HttpServiceProxyFactory;

@Configuration
public class HttpClientsConfig {

    private static <T> T proxy(RestClient client, Class<T> type) {
        return HttpServiceProxyFactory.builderFor(RestClientAdapter.create(client)).build().createClient(type);
    }

    @Bean
    PaymentGatewayClient paymentGatewayClient(RestClient.Builder builder, LoftProperties props) {
        RestClient client = builder.clone()
                .baseUrl(props.gateway().baseUrl())
                .defaultHeader("Authorization", "Bearer " + props.gateway().apiKey())
                .build();
        return proxy(client, PaymentGatewayClient.class);
    }

    @Bean
    RiggerClient riggerClient(RestClient.Builder builder, LoftProperties props) throws Exception {
        RestClient.Builder b = builder.clone().baseUrl(props.rigger().baseUrl());
        if (props.rigger().trustAll()) {
            var tls = SSLConnectionSocketFactoryBuilder.create()
                    .setSslContext(SSLContextBuilder.create().loadTrustMaterial(TrustAllStrategy.INSTANCE).build())
                    .setHostnameVerifier(NoopHostnameVerifier.INSTANCE)
                    .build();
            var cm = PoolingHttpClientConnectionManagerBuilder.create().setSSLSocketFactory(tls).build();
            b.requestFactory(new HttpComponentsClientHttpRequestFactory(HttpClients.custom().setConnectionManager(cm).build()));
        }
        return proxy(b.build(), RiggerClient.class);
    }

    @Bean
    MeasuringVanClient measuringVanClient(RestClient.Builder builder, LoftProperties props) {
        return proxy(builder.clone().baseUrl(props.measuringVan().baseUrl()).build(), MeasuringVanClient.class);
    }

    @Bean
    EmarsysClient emarsysClient(RestClient.Builder builder, LoftProperties props) {
        RestClient client = builder.clone()
                .baseUrl(props.emarsys().baseUrl())
                .requestInterceptor(new EmarsysWsseInterceptor(props.emarsys().user(), props.emarsys().secret()))
                .build();
        return proxy(client, EmarsysClient.class);
    }

    @Bean
    HoneycombClient honeycombClient(RestClient.Builder builder, LoftProperties props) {
        RestClient client = builder.clone()
                .baseUrl("https://api.honeycomb.io/1")
                .defaultHeader("X-Honeycomb-Team", props.honeycomb().apiKey())
                .build();
        return proxy(client, HoneycombClient.class);
    }
}
