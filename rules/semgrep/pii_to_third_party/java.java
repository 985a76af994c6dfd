import com.segment.analytics.Analytics;
import com.segment.analytics.messages.IdentifyMessage;
import com.segment.analytics.messages.TrackMessage;
import com.mixpanel.mixpanelapi.MessageBuilder;
import io.intercom.api.User;
import io.sentry.Sentry;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Map;

public class SignupTracker {
    private final Analytics analytics;
    private final MessageBuilder messageBuilder;
    private final HttpClient http;

    public void onSignup(User user) {
        // ruleid: pii-to-third-party-java
        analytics.enqueue(IdentifyMessage.builder().userId(user.getId()).traits(Map.of("email", user.getEmail())));
        String phone = user.getPhoneNumber();
        // ruleid: pii-to-third-party-java
        analytics.enqueue(TrackMessage.builder("Signed Up").userId(user.getId()).properties(Map.of("phone", phone)));
        // ruleid: pii-to-third-party-java
        messageBuilder.set(user.getId(), new JSONObject(Map.of("$first_name", user.getFirstName())));
        User contact = new User().setEmail(user.getEmail());
        // ruleid: pii-to-third-party-java
        User.create(contact);
        // ok: pii-to-third-party-java, pii-to-vendor-api-java
        analytics.enqueue(IdentifyMessage.builder().userId(user.getId()).traits(Map.of("plan", user.getPlan())));
        // ok: pii-to-third-party-java, pii-to-vendor-api-java
        analytics.enqueue(TrackMessage.builder("Signed Up").userId(user.getId()));
        // ok: pii-to-third-party-java, pii-to-vendor-api-java
        analytics.enqueue(IdentifyMessage.builder().userId(user.getId()).traits(Map.of("email_hash", sha256Hex(user.getEmail()))));
        // ok: pii-to-third-party-java, pii-to-vendor-api-java
        mailer.send(user.getEmail(), "Welcome");
        // ok: pii-to-third-party-java, pii-to-vendor-api-java
        cache.set(user.getId(), user.getEmail());
        // ok: pii-to-third-party-java, pii-to-vendor-api-java
        analyticsCache.set(user.getId(), user.getEmail());
    }

    public void conversion(User user) throws Exception {
        String body = "{\"data\":[{\"user_data\":{\"em\":\"" + user.getEmail() + "\"}}]}";
        // ruleid: pii-to-vendor-api-java
        http.send(HttpRequest.newBuilder(URI.create("https://graph.facebook.com/v18.0/123/events")).POST(HttpRequest.BodyPublishers.ofString(body)).build(), BodyHandlers.ofString());
        String hashed = "{\"data\":[{\"user_data\":{\"em\":\"" + sha256Hex(user.getEmail()) + "\"}}]}";
        // ok: pii-to-third-party-java, pii-to-vendor-api-java
        http.send(HttpRequest.newBuilder(URI.create("https://graph.facebook.com/v18.0/123/events")).POST(HttpRequest.BodyPublishers.ofString(hashed)).build(), BodyHandlers.ofString());
    }

    public void init() {
        // ruleid: sentry-send-default-pii-java
        Sentry.init(options -> { options.setDsn(DSN); options.setSendDefaultPii(true); });
        // ok: sentry-send-default-pii-java
        Sentry.init(options -> { options.setDsn(DSN); options.setSendDefaultPii(false); });
    }

    private final MessageBuilder messages;
    private final RestTemplate rest;

    public void driverRegistered(Driver driver) {
        JSONObject profile = new JSONObject();
        profile.put("$email", driver.email());
        // ruleid: pii-to-third-party-java, pii-to-vendor-api-java
        deliver(messages.set(String.valueOf(driver.id()), profile));
        JSONObject props = new JSONObject();
        props.put("zone", driver.zone());
        // ok: pii-to-third-party-java, pii-to-vendor-api-java
        deliver(messages.event(String.valueOf(driver.id()), "Permit Purchased", props));
    }

    public void syncBraze(Subscriber s, String brazeUrl) {
        Map<String, Object> attributes = Map.of("external_id", s.getId().toString(), "email", s.getEmail());
        // ruleid: pii-to-vendor-api-java
        rest.postForEntity(brazeUrl + "/users/track", Map.of("attributes", List.of(attributes)), String.class);
        // ok: pii-to-third-party-java, pii-to-vendor-api-java
        rest.postForEntity(brazeUrl + "/users/track", Map.of("attributes", List.of(Map.of("external_id", s.getId().toString()))), String.class);
    }

    public Future<Void> upsertHubspotContact(WebClient client, Student student, String hubspotBase) {
        JsonObject props = new JsonObject().put("email", student.email()).put("course", student.course());
        return client.postAbs(hubspotBase + "/crm/v3/objects/contacts")
            // ruleid: pii-to-vendor-api-java
            .sendJsonObject(new JsonObject().put("properties", props))
            .mapEmpty();
    }

    public Future<Void> hubspotCourseEvent(WebClient client, Student student, String hubspotBase) {
        return client.postAbs(hubspotBase + "/events/v3/send")
            // ok: pii-to-vendor-api-java
            .sendJsonObject(new JsonObject().put("objectId", student.id()).put("course", student.course()))
            .mapEmpty();
    }
}

class CrmSync {
    private final SalesforceClient salesforce;

    public void onFirstVisit(Customer customer, Exception e) {
        Map<String, Object> lead = new HashMap<>();
        lead.put("LeadSource", "Online booking");
        lead.put("Email", customer.getEmail());
        // ruleid: pii-to-third-party-java
        salesforce.createObject("Lead", lead);
        Map<String, Object> visit = new HashMap<>();
        visit.put("CustomerRef__c", String.valueOf(customer.getId()));
        // ok: pii-to-third-party-java
        salesforce.createObject("Visit__c", visit);
        User user = new User();
        user.setId(String.valueOf(customer.getId()));
        user.setEmail(customer.getEmail());
        Sentry.withScope(scope -> {
            // ruleid: pii-to-third-party-java
            scope.setUser(user);
            Sentry.captureException(e);
        });
        User anon = new User();
        anon.setId(String.valueOf(customer.getId()));
        Sentry.withScope(scope -> {
            // ok: pii-to-third-party-java
            scope.setUser(anon);
            Sentry.captureException(e);
        });
        // ok: pii-to-third-party-java
        form.setEmail(customer.getEmail());
    }

    // Default calls by kind ([kind.*] in sdk_calls.toml): vendors whose own Java calls are not listed.
    void defaults(Customer customer, CapsuleCrmClient capsuleCrm, Object appsignal) {
        // ruleid: pii-to-third-party-java
        capsuleCrm.createPerson(customer.getEmail());
        // ruleid: pii-to-third-party-java
        NewRelic.addCustomParameter("customer_email", customer.getEmail());
        // ok: pii-to-third-party-java
        NewRelic.addCustomParameter("customer_id", customer.getId());
    }
}
