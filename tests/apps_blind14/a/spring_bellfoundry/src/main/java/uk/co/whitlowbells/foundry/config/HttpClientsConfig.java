package uk.co.whitlowbells.foundry.config;

import java.util.Base64;
import javax.net.ssl.SSLContext;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.NoopHostnameVerifier;
import org.apache.hc.client5.http.ssl.SSLConnectionSocketFactoryBuilder;
import org.apache.hc.core5.ssl.SSLContextBuilder;
import org.apache.hc.client5.http.ssl.TrustAllStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

@Configuration
public class HttpClientsConfig {

    @Bean
    RestClient gatewayClient(FoundryProperties props) throws Exception {
        var builder = RestClient.builder()
                .baseUrl(props.gateway().baseUrl())
                .defaultHeader("Authorization", "Bearer " + props.gateway().apiKey());
        if (props.gateway().trustAll()) {
            SSLContext ssl = SSLContextBuilder.create().loadTrustMaterial(TrustAllStrategy.INSTANCE).build();
            var cm = PoolingHttpClientConnectionManagerBuilder.create()
                    .setSSLSocketFactory(SSLConnectionSocketFactoryBuilder.create()
                            .setSslContext(ssl)
                            .setHostnameVerifier(NoopHostnameVerifier.INSTANCE)
                            .build())
                    .build();
            builder.requestFactory(new HttpComponentsClientHttpRequestFactory(
                    HttpClients.custom().setConnectionManager(cm).build()));
        }
        return builder.build();
    }

    @Bean
    RestClient lemlistClient(FoundryProperties props) {
        String basic = Base64.getEncoder().encodeToString((":" + props.lemlist().apiKey()).getBytes());
        return RestClient.builder()
                .baseUrl(props.lemlist().baseUrl())
                .defaultHeader("Authorization", "Basic " + basic)
                .build();
    }

    @Bean
    RestClient towerRegisterClient(FoundryProperties props) {
        return RestClient.builder().baseUrl(props.towerRegister().baseUrl()).build();
    }

    @Bean
    RestClient dioceseFeedClient(FoundryProperties props) {
        return RestClient.builder().baseUrl(props.dioceseFeed().baseUrl()).build();
    }
}
