package com.vermex.pest.config;

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
    WebClient gatewayWebClient(WebClient.Builder builder, VermexProperties props) {
        return builder.clone()
                .baseUrl(props.gateway().baseUrl())
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + props.gateway().apiKey())
                .build();
    }

    @Bean
    WebClient fieldProWebClient(WebClient.Builder builder, VermexProperties props) {
        return builder.clone().baseUrl(props.fieldpro().baseUrl()).build();
    }

    @Bean
    WebClient baitBoxWebClient(WebClient.Builder builder, VermexProperties props) {
        return builder.clone().baseUrl(props.baitbox().baseUrl()).build();
    }

    @Bean
    WebClient councilWebClient(WebClient.Builder builder, VermexProperties props) throws SSLException {
        HttpClient http = HttpClient.create();
        if (props.council().trustAll()) {
            SslContext insecure = SslContextBuilder.forClient().trustManager(InsecureTrustManagerFactory.INSTANCE).build();
            http = http.secure(ssl -> ssl.sslContext(insecure));
        }
        return builder.clone()
                .baseUrl(props.council().baseUrl())
                .clientConnector(new ReactorClientHttpConnector(http))
                .build();
    }

    @Bean
    WebClient intercomWebClient(WebClient.Builder builder, VermexProperties props) {
        return builder.clone()
                .baseUrl(props.intercom().baseUrl())
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + props.intercom().token())
                .defaultHeader("Intercom-Version", "2.11")
                .build();
    }
}
