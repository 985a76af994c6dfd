package com.beanhaus.roastery.config;

import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.apache.camel.BindToRegistry;
import org.apache.camel.Configuration;
import org.apache.camel.PropertyInject;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.support.jsse.TrustManagersParameters;
import org.apache.hc.client5.http.ssl.NoopHostnameVerifier;

import javax.net.ssl.X509TrustManager;
import java.security.cert.X509Certificate;

@Configuration
public class Beans {

    @PropertyInject(value = "artemis.broker-url", defaultValue = "tcp://localhost:61616")
    String brokerUrl;

    @PropertyInject(value = "roastery.pallet.trust-all", defaultValue = "true")
    boolean palletTrustAll;

    @BindToRegistry("artemisConnectionFactory")
    public ActiveMQConnectionFactory artemisConnectionFactory() {
        return new ActiveMQConnectionFactory(brokerUrl);
    }

    @BindToRegistry("palletTls")
    public SSLContextParameters palletTls() {
        SSLContextParameters params = new SSLContextParameters();
        if (palletTrustAll) {
            TrustManagersParameters tmp = new TrustManagersParameters();
            tmp.setTrustManager(new X509TrustManager() {
                public void checkClientTrusted(X509Certificate[] chain, String authType) { }
                public void checkServerTrusted(X509Certificate[] chain, String authType) { }
                public X509Certificate[] getAcceptedIssuers() { return new X509Certificate[0]; }
            });
            params.setTrustManagers(tmp);
        }
        return params;
    }

    @BindToRegistry("palletHostnameVerifier")
    public NoopHostnameVerifier palletHostnameVerifier() {
        return NoopHostnameVerifier.INSTANCE;
    }
}
