public class Http {
    TrustManager[] trustAll = new TrustManager[] { new X509TrustManager() {
        public void checkClientTrusted(X509Certificate[] chain, String authType) {}
        // ruleid: tls-verification-disabled-java
        public void checkServerTrusted(X509Certificate[] chain, String authType) {}
        public X509Certificate[] getAcceptedIssuers() { return null; }
    }};

    void setup(HttpsURLConnection conn, HttpClientBuilder builder) {
        // ruleid: tls-verification-disabled-java
        conn.setHostnameVerifier((hostname, session) -> true);
        // ruleid: tls-verification-disabled-java
        builder.setSSLHostnameVerifier(NoopHostnameVerifier.INSTANCE);
        // ok: tls-verification-disabled-java
        builder.setSSLHostnameVerifier(new DefaultHostnameVerifier());
    }
}
