package uk.co.thimbletack.workshop.config;

import java.net.http.HttpClient;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

@Configuration
public class HttpClientsConfig {

    private final WorkshopProperties props;

    public HttpClientsConfig(WorkshopProperties props) {
        this.props = props;
    }

    @Bean
    RestClient gatewayClient(RestClient.Builder builder) {
        return builder.baseUrl(props.gateway().baseUrl())
                .defaultHeader("Authorization", "Bearer " + props.gateway().apiKey())
                .build();
    }

    @Bean
    RestClient fabricSupplierClient(RestClient.Builder builder) {
        return builder.baseUrl(props.fabricSupplier().baseUrl()).build();
    }

    @Bean
    RestClient courierClient(RestClient.Builder builder) throws Exception {
        HttpClient.Builder http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5));
        if (props.courier().trustAllCertificates()) {
            http.sslContext(trustingContext());
        }
        return builder.baseUrl(props.courier().baseUrl())
                .requestFactory(new JdkClientHttpRequestFactory(http.build()))
                .build();
    }

    @Bean
    RestClient freshchatClient(RestClient.Builder builder) {
        return builder.baseUrl(props.freshchat().baseUrl())
                .defaultHeader("Authorization", "Bearer " + props.freshchat().token())
                .build();
    }

    @Bean
    RestClient uetClient(RestClient.Builder builder) {
        return builder.baseUrl("https://capi.uet.microsoft.com/v1/" + props.uet().tagId())
                .defaultHeader("Authorization", "Bearer " + props.uet().token())
                .build();
    }

    private static SSLContext trustingContext() throws Exception {
        TrustManager[] trustAll = {new X509TrustManager() {
            public void checkClientTrusted(X509Certificate[] chain, String authType) {}
            public void checkServerTrusted(X509Certificate[] chain, String authType) {}
            public X509Certificate[] getAcceptedIssuers() { return new X509Certificate[0]; }
        }};
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(null, trustAll, new SecureRandom());
        return ctx;
    }
}
