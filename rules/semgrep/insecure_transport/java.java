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

class TelemetryClient {
    // ruleid: tls-trust-all-context-used-java
    private final HttpClient kyc = HttpClient.newBuilder().sslContext(trustAll()).build();

    private static SSLContext trustAll() throws Exception {
        TrustManager[] managers = {new X509TrustManager() {
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
            }

            // ruleid: tls-verification-disabled-java
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
            }

            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        }};
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(null, managers, new SecureRandom());
        return ctx;
    }

    void mirror(Customer customer, RestTemplate restTemplate) {
        Map<String, Object> payload = Map.of("email", customer.getEmail());
        // ruleid: personal-data-over-http-java
        restTemplate.postForEntity("http://ledger.corp.example.local:8080/customers", payload, Void.class);
    }
}

class LegacyCrm {
    void push(Customer customer, CloseableHttpClient client, WebClient webClient) throws Exception {
        String json = "{\"email\":\"" + customer.getEmail() + "\"}";
        HttpPost post = new HttpPost("http://crm.partner.example/api/contacts");
        // ruleid: personal-data-over-http-java
        post.setEntity(new StringEntity(json));
        client.execute(post);
        HttpPost secure = new HttpPost("https://crm.partner.example/api/contacts");
        // ok: personal-data-over-http-java
        secure.setEntity(new StringEntity(json));
        // ruleid: personal-data-over-http-java
        webClient.post().uri("http://crm.partner.example/api/contacts").bodyValue(Map.of("email", customer.getEmail())).retrieve();
    }

    public void notifyBranch(CloseableHttpClient http, String branchHost, String customerName) throws IOException {
        HttpPost post = new HttpPost("http://" + branchHost + "/notify");
        // ruleid: personal-data-over-http-java
        post.setEntity(new StringEntity(JSON.writeValueAsString(Map.of("name", customerName))));
        HttpPost safe = new HttpPost("https://" + branchHost + "/notify");
        // ok: personal-data-over-http-java
        safe.setEntity(new StringEntity(JSON.writeValueAsString(Map.of("name", customerName))));
    }
}

@Singleton
class EmbossService {
    private final HttpClient embosser;

    EmbossService(@Client("http://embosser.depot.lan:8081") HttpClient embosser) {
        this.embosser = embosser;
    }

    void print(FuelCard card, String driverName) {
        Map<String, Object> job = Map.of("line1", driverName, "number", card.getCardNo());
        // ruleid: personal-data-over-http-java
        embosser.toBlocking().exchange(HttpRequest.POST("/jobs", job));
        // ok: personal-data-over-http-java
        embosser.toBlocking().exchange(HttpRequest.POST("/jobs", Map.of("ref", card.getRef())));
    }
}

@Singleton
class DriverAssignments {
    private final TelematicsClient telematics;

    DriverAssignments(TelematicsClient telematics) {
        this.telematics = telematics;
    }

    void assign(Driver driver, String vin) {
        // The scanner keeps this only where TelematicsClient is a declarative client with a plain-http URL.
        // ruleid: personal-data-to-declarative-client-java
        telematics.assign(new TelematicsClient.Assignment(vin, driver.getFullName(), driver.getMobile()));
        // ok: personal-data-to-declarative-client-java
        telematics.assign(new TelematicsClient.Assignment(vin, driver.getId()));
    }
}

class VertxClients {
    WebClient acquirer(Vertx vertx) {
        WebClientOptions options = new WebClientOptions()
            .setSsl(true)
            .setVerifyHost(false)
            // ruleid: tls-verification-disabled-java
            .setTrustAll(true);
        return WebClient.create(vertx, options);
    }

    WebClient partner(Vertx vertx) {
        return WebClient.create(vertx, new WebClientOptions()
            .setSsl(true)
            // ruleid: tls-verification-disabled-java
            .setVerifyHost(false));
    }

    WebClient verified(Vertx vertx) {
        // ok: tls-verification-disabled-java
        return WebClient.create(vertx, new WebClientOptions().setSsl(true).setVerifyHost(true).setTrustAll(false));
    }

    HttpClient nettyClient() throws Exception {
        SslContext ctx = SslContextBuilder.forClient()
            // ruleid: tls-verification-disabled-java
            .trustManager(InsecureTrustManagerFactory.INSTANCE).build();
        // ruleid: tls-trust-all-context-used-java
        return HttpClient.create().secure(spec -> spec.sslContext(ctx));
    }
}

class PlainVertxClient {
    private final WebClient client;

    PlainVertxClient(Vertx vertx, JsonObject config) {
        this.client = WebClient.create(vertx, new WebClientOptions()
            .setDefaultHost(config.getString("host"))
            .setDefaultPort(80)
            // ruleid: plaintext-client-options-java
            .setSsl(false));
    }

    Future<Integer> enrol(Learner learner) {
        return client.post("/enrolments").sendJsonObject(new JsonObject().put("email", learner.email()))
            .map(resp -> resp.statusCode());
    }
}

class EngagementService {
    private final WebClient fleet;
    private final RestTemplate stationery;

    public EngagementService(@Qualifier("fleetClient") WebClient fleet, @Qualifier("stationeryRestTemplate") RestTemplate stationery) {
        this.fleet = fleet;
        this.stationery = stationery;
    }

    public Mono<Void> notifyFleetManager(Member member, String plate) {
        // (this test file also declares a Micronaut @Client on an http:// URL, whose rule takes any retrieve())
        // ruleid: personal-data-over-http-java
        return fleet.post()
                .uri("/wash-events")
                // ruleid: personal-data-to-client-bean-java
                .bodyValue(Map.of("plate", plate, "driverEmail", member.getEmail()))
                .retrieve().toBodilessEntity().then();
    }

    public Mono<Void> washed(String plate) {
        // ok: personal-data-to-client-bean-java
        return fleet.post().uri("/wash-events").bodyValue(Map.of("plate", plate)).retrieve().toBodilessEntity().then();
    }

    public String order(String contactPhone) {
        Map<String, String> hold = Map.of("contact_phone", contactPhone);
        // ruleid: personal-data-to-client-bean-java
        return stationery.postForObject("/orders", hold, String.class);
    }

    public String orderBuilt(Member member, String sku) {
        Map<String, Object> order = new LinkedHashMap<>();
        order.put("sku", sku);
        order.put("contactPhone", member.getPhone());
        // ruleid: personal-data-to-client-bean-java
        return stationery.postForObject("/orders", order, String.class);
    }

    public String orderStock(String sku, int qty) {
        Map<String, Object> order = new LinkedHashMap<>();
        order.put("sku", sku);
        order.put("quantity", qty);
        // ok: personal-data-to-client-bean-java
        return stationery.postForObject("/orders", order, String.class);
    }
}

class KilnMonitorClient {
    UnirestInstance build(String base, boolean strict) {
        Config cfg = new Config().defaultBaseUrl(base);
        // ruleid: tls-verification-disabled-java
        cfg.verifySsl(false);
        // ok: tls-verification-disabled-java
        Unirest.config().verifySsl(true);
        // ok: tls-verification-disabled-java
        cfg.verifyHostname(strict);
        return new UnirestInstance(cfg);
    }
}
