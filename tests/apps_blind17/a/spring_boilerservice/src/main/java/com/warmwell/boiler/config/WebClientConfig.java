package com.warmwell.boiler.config;

import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.util.InsecureTrustManagerFactory;
import javax.net.ssl.SSLException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.netty.http.client.HttpClient;

@Configuration
public class WebClientConfig {

    @Bean
    WebClient keapClient(PartnerProperties props) {
        return WebClient.builder()
                .baseUrl(props.keap().baseUrl())
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + props.keap().token())
                .build();
    }

    @Bean
    WebClient axiomClient(PartnerProperties props) {
        return WebClient.builder()
                .baseUrl(props.axiom().baseUrl())
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + props.axiom().token())
                .build();
    }

    @Bean
    WebClient gasRegisterClient(PartnerProperties props) {
        return WebClient.builder().baseUrl(props.gasRegister().baseUrl()).build();
    }

    @Bean
    WebClient acquirerClient(PartnerProperties props) throws SSLException {
        SslContextBuilder ssl = SslContextBuilder.forClient();
        if (!props.acquirer().verifyTls()) {
            ssl.trustManager(InsecureTrustManagerFactory.INSTANCE);
        }
        SslContext context = ssl.build();
        HttpClient http = HttpClient.create().secure(spec -> spec.sslContext(context));
        return WebClient.builder()
                .baseUrl(props.acquirer().baseUrl())
                .clientConnector(new ReactorClientHttpConnector(http))
                .build();
    }
}
