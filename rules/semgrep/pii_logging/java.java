import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public class SignupController {
    private static final Logger log = LoggerFactory.getLogger(SignupController.class);

    public void signup(SignupRequest request, User user, String clientIp) {
        String email = request.getEmail();
        // ruleid: pii-logging-java
        log.info("new signup {}", email);
        // ruleid: pii-logging-java
        log.debug("phone " + user.getPhoneNumber());
        // ruleid: pii-logging-java
        LOGGER.warn("ssn {}", request.getSsn());
        // ruleid: pii-logging-java
        System.out.println("password=" + request.getPassword());
        // ok: pii-logging-java
        log.info("signup {}", user.getId());
        // ok: pii-logging-java
        log.info("signup {}", Masking.maskEmail(email));
        // ok: pii-logging-java
        log.info("email present {}", email != null);
        // ok: pii-logging-java
        log.info("hashed {}", DigestUtils.sha256Hex(email));
        // ruleid: pii-logging-java-whole-object
        log.info("updated {}", user);
        // ruleid: pii-logging-java-whole-object
        log.debug("customer " + customer.toString());
        // ok: pii-logging-java-whole-object
        log.info("updated {}", user.getId());
        // ruleid: pii-logging-java-ip-with-identity, pii-logging-java
        log.info("login {} from {}", user.getUsername(), clientIp);
        // ok: pii-logging-java-ip-with-identity
        log.info("request from {}", clientIp);
    }
}

@Data
class SignupForm {
    private String email;
    private String plan;
}

@ToString(onlyExplicitlyIncluded = false)
class Shipment {
    private String shippingAddress;
    public String toString() { return "Shipment"; }
}

class SignupService {
    private static final Logger log = LoggerFactory.getLogger(SignupService.class);

    void signup(SignupForm form, Shipment shipment) {
        // ruleid: pii-logging-java-tostring-object
        log.info("signup {}", form);
        // ok: pii-logging-java-tostring-object
        log.info("shipment {}", shipment);
        // ok: pii-logging-java-tostring-object
        log.info("plan {}", form.getPlan());
    }
}

class KycClient {
    private static final Logger LOG = LogManager.getLogger(KycClient.class);

    boolean verify(Driver driver) throws Exception {
        String json = String.format("{\"nationalId\":\"%s\"}", driver.nationalId);
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(KYC).POST(ofString(json)).build(), ofString());
        // ok: pii-logging-java
        LOG.info("kyc status {} for driver {}", response.statusCode(), driver.id);
        Driver found = drivers.findByEmail(driver.email);
        // ok: pii-logging-java
        LOG.info("matched record {}", found.id);
        // ruleid: pii-logging-java
        LOG.info("kyc failed for {}", driver.nationalId);
        return response.statusCode() == 200;
    }
}

class SignupFilter {
    private static final Logger log = LoggerFactory.getLogger(SignupFilter.class);

    void onSignup(SignupForm form) {
        // ruleid: pii-logging-java
        MDC.put("email", form.getEmail());
        // ok: pii-logging-java
        MDC.put("userId", String.valueOf(form.getUserId()));
        // ruleid: pii-logging-java
        Log.infof("signup from %s", form.getEmail());
    }
}

@RestController
class RenterController {
    private static final Logger log = LoggerFactory.getLogger(RenterController.class);

    public record RenterForm(String fullName, String email, String phone, long planId) {
    }

    @Data
    static class CardForm {
        private String cardNumber;
        private String holder;
    }

    @PostMapping("/renters")
    public ResponseEntity<Long> create(@RequestBody @Valid RenterForm form) {
        // ruleid: pii-logging-java-request-dto
        log.info("renter form {}", form);
        // ok: pii-logging-java-request-dto
        log.info("renter plan {}", form.planId());
        return ResponseEntity.ok(1L);
    }

    @Post("/renters/{id}/note")
    public HttpResponse<Void> note(long id, @Body NoteUpdate update) {
        // ok: pii-logging-java-request-dto
        LOG.debug("note update " + update.toString());
        return HttpResponse.noContent();
    }

    @PostMapping("/renters/{id}/card")
    public ResponseEntity<Void> card(@PathVariable long id, @RequestBody CardForm cardForm) {
        // ok: pii-logging-java-request-dto
        log.info("card form {}", cardForm);
        vault.store(cardForm.cardNumber());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/webhooks/gateway")
    public ResponseEntity<Void> webhook(@RequestBody Map<String, Object> event) {
        // ruleid: pii-logging-java-request-map
        log.debug("gateway webhook {}", event);
        // ok: pii-logging-java-request-map
        log.info("gateway webhook type={}", event.get("type"));
        return ResponseEntity.ok().build();
    }

    @PostMapping("/webhooks/raw")
    public ResponseEntity<Void> raw(@RequestBody String payload, @RequestHeader("X-Signature") String signature) {
        // ruleid: pii-logging-java-request-map
        log.warn("unverified webhook " + payload);
        // ok: pii-logging-java-request-map
        log.warn("bad signature {}", signature);
        return ResponseEntity.ok().build();
    }

    @GetMapping("/renters")
    public List<Renter> list(RenterFilter filter) {
        // ok: pii-logging-java-request-dto
        log.info("listing {}", filter);
        return List.of();
    }

    // A call handed a lambda (an executor, a transaction template) runs it: the lambda's body is not its result.
    public void moveOwner(Owner owner) {
        Boolean moved = tx.execute(status -> {
            // ruleid: pii-logging-java
            log.info("moving owner {}", owner.getEmail());
            return true;
        });
    }
}

// Flogger: the level is chosen first (atInfo()), then rate limits and the cause, then log(...).
class AllotmentWaitingList {
    private static final FluentLogger flog = FluentLogger.forEnclosingClass();

    void join(Applicant a, UnirestInstance http) {
        // ruleid: pii-logging-java
        flog.atInfo().log("waiting list: %s <%s>", a.fullName(), a.email());
        // ruleid: pii-logging-java
        flog.atWarning().withCause(new RuntimeException()).log("no plot for %s", a.getPhone());
        // ok: pii-logging-java
        flog.atInfo().log("applicant %d joined plot list %s", a.id(), a.plotSize());
        HttpResponse<String> sent = http.post("/council").field("email", a.email()).asString();
        // ok: pii-logging-java
        flog.atInfo().atMostEvery(1, TimeUnit.MINUTES).log("council answered %d", sent.getStatus());
        // ok: pii-logging-java
        flog.atFine().log("plots named %s", a.plotName);
    }
}

class StudioFobs {
    // tinylog: a tagged logger (Logger.tag("AUDIT")) writes to the writers bound to that tag
    void issued(Member m) {
        // ruleid: pii-logging-java
        org.tinylog.Logger.tag("AUDIT").info("fob issued to {} <{}>", m.fullName(), m.email());
        // ok: pii-logging-java
        org.tinylog.Logger.tags("AUDIT", "DOOR").info("fob issued to member {}", m.id());
        // ok: pii-logging-java
        org.tinylog.Logger.info("enquiry from {}", PiiRedactor.email(m.email()));
        // ruleid: pii-logging-java
        org.tinylog.Logger.info("enquiry from {}", Text.trim(m.email()));
    }
}
