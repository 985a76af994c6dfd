package org.lindenhall.subs.vendors;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.name.Named;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.util.InsecureTrustManagerFactory;
import org.lindenhall.subs.config.AppConfig;
import ratpack.http.client.HttpClient;

import javax.net.ssl.SSLException;
import java.time.Duration;

public class VendorClients extends AbstractModule {

    static SslContext sslFor(AppConfig.Endpoint endpoint) throws SSLException {
        SslContextBuilder builder = SslContextBuilder.forClient();
        if (endpoint.trustAll) {
            builder.trustManager(InsecureTrustManagerFactory.INSTANCE);
        }
        return builder.build();
    }

    @Provides @Singleton
    HttpClient httpClient() throws Exception {
        return HttpClient.of(spec -> spec
                .poolSize(32)
                .connectTimeout(Duration.ofSeconds(3))
                .readTimeout(Duration.ofSeconds(15))
                .maxContentLength(2 * 1024 * 1024));
    }

    @Provides @Singleton @Named("crescendoSsl")
    SslContext crescendoSsl(AppConfig config) throws SSLException {
        return sslFor(config.crescendo);
    }

    @Provides @Singleton @Named("boxlineSsl")
    SslContext boxlineSsl(AppConfig config) throws SSLException {
        return sslFor(config.boxline);
    }

    @Provides @Singleton @Named("vendorSsl")
    SslContext vendorSsl() throws SSLException {
        return SslContextBuilder.forClient().build();
    }
}
