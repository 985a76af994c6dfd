package com.tickwell.repairs.http;

import com.tickwell.repairs.config.AppConfig;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.transport.HttpClientTransportOverHTTP;
import org.eclipse.jetty.io.ClientConnector;
import org.eclipse.jetty.util.ssl.SslContextFactory;

public final class HttpClients {
    private static HttpClient standard;
    private static HttpClient insurer;

    private HttpClients() {}

    private static HttpClient build(boolean trustAll) {
        SslContextFactory.Client ssl = new SslContextFactory.Client(trustAll);
        if (trustAll) {
            ssl.setEndpointIdentificationAlgorithm(null);
        }
        ClientConnector connector = new ClientConnector();
        connector.setSslContextFactory(ssl);
        HttpClient client = new HttpClient(new HttpClientTransportOverHTTP(connector));
        client.setFollowRedirects(false);
        try {
            client.start();
        } catch (Exception e) {
            throw new IllegalStateException("jetty client start failed", e);
        }
        return client;
    }

    public static synchronized HttpClient standard() {
        if (standard == null) standard = build(false);
        return standard;
    }

    public static synchronized HttpClient insurer() {
        if (insurer == null) insurer = build(AppConfig.flag("insurer.trust-all", true));
        return insurer;
    }
}
