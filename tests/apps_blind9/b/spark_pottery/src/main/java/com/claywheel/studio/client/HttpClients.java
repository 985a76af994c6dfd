package com.claywheel.studio.client;

import com.google.gson.Gson;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import okhttp3.OkHttpClient;
import retrofit2.Retrofit;
import retrofit2.converter.gson.GsonConverterFactory;

/** Retrofit/OkHttp factory shared by every outbound integration. */
public final class HttpClients {
    private static final Gson GSON = new Gson();

    private HttpClients() {}

    private static OkHttpClient.Builder base() {
        return new OkHttpClient.Builder()
                .connectTimeout(Duration.ofSeconds(5))
                .readTimeout(Duration.ofSeconds(20))
                .retryOnConnectionFailure(true);
    }

    public static <T> T retrofit(String baseUrl, Class<T> api, OkHttpClient client) {
        return new Retrofit.Builder()
                .baseUrl(baseUrl)
                .client(client)
                .addConverterFactory(GsonConverterFactory.create(GSON))
                .build()
                .create(api);
    }

    public static OkHttpClient standard() {
        return base().build();
    }

    public static OkHttpClient withBearer(String token) {
        return base().addInterceptor(chain -> chain.proceed(
                chain.request().newBuilder().header("Authorization", "Bearer " + token).build())).build();
    }

    /** For partners whose certificates we cannot validate; see Config.GRANT_PORTAL_TRUST_ALL. */
    public static OkHttpClient trustingEverything() {
        X509TrustManager trustAll = new X509TrustManager() {
            @Override public void checkClientTrusted(X509Certificate[] chain, String authType) {}
            @Override public void checkServerTrusted(X509Certificate[] chain, String authType) {}
            @Override public X509Certificate[] getAcceptedIssuers() { return new X509Certificate[0]; }
        };
        try {
            SSLContext ssl = SSLContext.getInstance("TLS");
            ssl.init(null, new TrustManager[] {trustAll}, new SecureRandom());
            return base().sslSocketFactory(ssl.getSocketFactory(), trustAll)
                    .hostnameVerifier((host, session) -> true)
                    .build();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
