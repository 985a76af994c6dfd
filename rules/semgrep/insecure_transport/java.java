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

class CrmSync {
    void sync(Customer customer, RestTemplate restTemplate, HttpClient http) throws Exception {
        Map<String, String> body = Map.of("email", customer.getEmail());
        // ruleid: personal-data-over-http-java
        restTemplate.postForObject("http://crm.example.com/contacts", body, String.class);
        // ok: personal-data-over-http-java
        restTemplate.postForObject("https://crm.example.com/contacts", body, String.class);
        // ok: personal-data-over-http-java
        restTemplate.postForObject("http://localhost:8080/contacts", body, String.class);
        // ok: personal-data-over-http-java
        restTemplate.postForObject("http://crm.example.com/ping", Map.of("plan", customer.getPlan()), String.class);
        String json = "{\"card_number\":\"" + customer.getCardNumber() + "\"}";
        // ruleid: personal-data-over-http-java
        http.send(HttpRequest.newBuilder(URI.create("http://vault.example.com/cards")).POST(BodyPublishers.ofString(json)).build(), BodyHandlers.ofString());
        // ok: personal-data-over-http-java
        http.send(HttpRequest.newBuilder(URI.create("https://vault.example.com/cards")).POST(BodyPublishers.ofString(json)).build(), BodyHandlers.ofString());
        // ruleid: personal-data-over-http-java
        http.send(HttpRequest.newBuilder(URI.create("http://crm.example.com/lookup?email=" + customer.getEmail())).build(), BodyHandlers.ofString());
    }
}
