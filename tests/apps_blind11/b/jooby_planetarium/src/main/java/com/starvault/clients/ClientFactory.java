package com.starvault.clients;

import com.typesafe.config.Config;
import feign.Feign;
import feign.jackson.JacksonDecoder;
import feign.jackson.JacksonEncoder;
import feign.okhttp.OkHttpClient;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

public final class ClientFactory {
  private final Config conf;

  public ClientFactory(Config conf) {
    this.conf = conf;
  }

  public GatewayApi gateway() {
    return base(conf.getBoolean("gateway.verifyTls")).target(GatewayApi.class, conf.getString("gateway.baseUrl"));
  }

  public CopperApi copper() {
    return base(true)
        .requestInterceptor(t -> t.header("X-PW-AccessToken", System.getenv("COPPER_TOKEN"))
            .header("X-PW-Application", "developer_api")
            .header("X-PW-UserEmail", conf.getString("copper.userEmail")))
        .target(CopperApi.class, conf.getString("copper.baseUrl"));
  }

  public SplunkHec splunk() {
    boolean verify = conf.hasPath("splunk.verifyTls") && conf.getBoolean("splunk.verifyTls");
    return base(verify)
        .requestInterceptor(t -> t.header("Authorization", "Splunk " + System.getenv("SPLUNK_HEC_TOKEN")))
        .target(SplunkHec.class, conf.getString("splunk.hecUrl"));
  }

  public SchoolsApi schools() {
    return base(true).target(SchoolsApi.class, conf.getString("schools.baseUrl"));
  }

  private Feign.Builder base(boolean verifyTls) {
    okhttp3.OkHttpClient.Builder http = new okhttp3.OkHttpClient.Builder();
    if (!verifyTls) {
      X509TrustManager trustAll = new X509TrustManager() {
        public void checkClientTrusted(X509Certificate[] c, String a) {}
        public void checkServerTrusted(X509Certificate[] c, String a) {}
        public X509Certificate[] getAcceptedIssuers() { return new X509Certificate[0]; }
      };
      try {
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(null, new TrustManager[] {trustAll}, null);
        http.sslSocketFactory(ctx.getSocketFactory(), trustAll).hostnameVerifier((h, s) -> true);
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
    return Feign.builder().client(new OkHttpClient(http.build())).encoder(new JacksonEncoder()).decoder(new JacksonDecoder());
  }
}
