public class PaymentService {
    private static final Logger LOG = LoggerFactory.getLogger(PaymentService.class);

    public void pay(PaymentRequest req) {
        String cardNumber = req.getCardNumber();
        // ruleid: card-data-logging-java
        LOG.info("charging {}", cardNumber);
        // ruleid: card-data-logging-java
        LOG.debug("cvv " + req.getCvv());
        // ok: card-data-logging-java
        LOG.info("charging card ending {}", req.getCardLast4());
        // ok: card-data-logging-java
        LOG.info("charging {}", CardMasker.mask(cardNumber));
        String last4 = req.getCardNumber().substring(req.getCardNumber().length() - 4);
        // ok: card-data-logging-java
        LOG.info("Captured on card ending " + last4);
    }
}

class ChargeService {
    private static final Logger log = LoggerFactory.getLogger(ChargeService.class);

    String charge(long customerId, CardForm form, long amountCents) {
        String chargeId = gateway.charge(form.cardNumber(), form.cvc(), form.expiry(), amountCents);
        // ok: card-data-logging-java
        log.info("charged card {} for customer {}: {}", form.maskedNumber(), customerId, chargeId);
        // ruleid: card-data-logging-java
        log.info("charged card {}", form.cardNumber());
        return chargeId;
    }
}

@Data
class ChargeRequest {
    private String cardNumber;
    private String cvv;
    private long amountCents;
}

@Data
class SavedCardView {
    private String cardToken;
    @ToString.Exclude
    private String cardNumber;
}

class CheckoutService {
    private static final Logger log = LoggerFactory.getLogger(CheckoutService.class);

    @Value
    static class Refund { String pan; long amountCents; }

    void pay(ChargeRequest request, SavedCardView view, Refund refund) {
        // ruleid: card-data-logging-java-tostring-object
        log.info("charging {}", request);
        // ruleid: card-data-logging-java-tostring-object
        log.debug("refund " + refund);
        // ok: card-data-logging-java-tostring-object
        log.info("saved card {}", view);
        // ok: card-data-logging-java-tostring-object
        log.info("amount {}", request.getAmountCents());
    }
}

class PayController {
    private static final Logger log = LoggerFactory.getLogger(PayController.class);

    @PostMapping("/x/{id}")
    public ResponseEntity<String> handle(@PathVariable Long id, @Valid @RequestBody ChargeRequest request) {
        // ruleid: card-data-logging-java-request-body-param, card-data-logging-java-tostring-object
        log.info("Request for {}: {}", id, request);
        // ok: card-data-logging-java-request-body-param
        log.info("Request for {}", id);
        return ResponseEntity.ok("ok");
    }

    @PostMapping("/y")
    public void other(@RequestBody ChargeRequest request, Pageable form) {
        // ok: card-data-logging-java-request-body-param
        log.info("form {}", form);
    }
}

class FuelSwipes {
    private static final Logger LOG = LogManager.getLogger(FuelSwipes.class);

    void swipe(SwipeForm req, Vehicle vehicle) {
        FleetCard card = FleetCard.find("pan", req.primaryAccountNumber()).firstResult();
        // ok: card-data-logging-java
        LOG.info("swipe ok card={} station={}", card, req.stationCode());
        FleetCard same = cards.findByCardNumber(req.primaryAccountNumber());
        // ok: card-data-logging-java
        LOG.info("card record {}", same);
        // ruleid: card-data-logging-java
        LOG.warn("swipe for unknown card {}", req.primaryAccountNumber());
        // ok: card-data-logging-java
        LOG.info("SIM swapped {}", vehicle.simCardNumber);
        HttpResponse<String> resp = http.send(HttpRequest.newBuilder(AUTH).POST(ofString(req.cardNumber())).build(), ofString());
        // ok: card-data-logging-java
        LOG.info("authorisation status {}", resp.statusCode());
    }
}

class CardMaintenance {
    private static final Logger LOG = LoggerFactory.getLogger(CardMaintenance.class);

    void reissue(long id, String newPan) {
        // ok: card-data-logging-java
        LOG.info("card {} reissued, bin {}", id, newPan.substring(0, 6));
        // ruleid: card-data-logging-java
        LOG.info("card {} reissued as {}", id, newPan.substring(0, 16));
    }

    void refund(String token, String cardNumber) throws IOException {
        Request request = new Request.Builder().url(URL).post(new FormBody.Builder().add("pan", cardNumber).build()).build();
        try (Response response = http.newCall(request).execute()) {
            // ok: card-data-logging-java
            LOG.info("refund {} -> HTTP {}", token, response.code());
        }
    }

    void preset(String cameraId, short pan, short tilt) {
        // ok: card-data-logging-java
        LOG.info("preset {} pan={} tilt={}", cameraId, pan, tilt);
    }

    void permit(PermitRequest body) {
        // ruleid: card-data-logging-java
        LOG.info("one-off card {}", body.oneOffCard().cardNumber());
    }

    void rent(ReservationRequest req, Renter renter) {
        renter.setCard(new PaymentCard(req.cardNumber, req.expiry, req.cvv));
        // ok: card-data-logging-java
        LOG.info("renter saved id=" + renter.getId() + " card=" + renter.getCard());
        // ruleid: card-data-logging-java
        LOG.info("renter card=" + new StringBuilder(req.cardNumber).reverse());
        // ruleid: card-data-logging-java
        LOG.warn("charge failed", new PaymentException("declined card " + req.cardNumber));
    }
}

class VaultFlow {
    void pay(CardPayload card) {
        VaultResponse vaulted = vault.store(new VaultRequest(card.number(), card.cvn()));
        // ok: card-data-logging-java
        LOG.infof("paid, brand %s", vaulted.brand());
    }
}

// Flogger: the level is chosen first (atWarning()), then rate limits and the cause, then log(...).
class ToolHireDeposits {
    private static final FluentLogger flog = FluentLogger.forEnclosingClass();

    void hold(HoldForm form, UnirestInstance http) {
        // ruleid: card-data-logging-java
        flog.atWarning().log("hold failed for card %s", form.cardNumber);
        // ruleid: card-data-logging-java
        flog.atSevere().withCause(new IllegalStateException()).log("hold cvc %s", form.cvc());
        // ruleid: card-data-logging-java
        flog.atInfo().atMostEvery(30, TimeUnit.SECONDS).log("retrying %s", form.getCardNumber());
        // ok: card-data-logging-java
        flog.atInfo().log("hold placed for tool %s", form.toolId);
        // SLF4J 2's fluent API: key-value pairs ride with the event
        // ruleid: card-data-logging-java
        log.atDebug().addKeyValue("toolId", form.toolId).addKeyValue("pan", form.cardNumber).log("adding card");
        // ok: card-data-logging-java
        log.atDebug().addKeyValue("toolId", form.toolId).log("adding card");
        AggregatedHttpResponse res = armeria.execute(HttpRequest.of(HttpMethod.POST, "/tokens", MediaType.JSON, form.cardNumber))
                .aggregate().join();
        // ok: card-data-logging-java
        log.atInfo().addKeyValue("status", res.contentUtf8()).log("token issued");
        // ok: card-data-logging-java
        flog.atFine().log("card ending %s", form.cardNumber.substring(form.cardNumber.length() - 4));
        HttpResponse<JsonNode> answer = http.post("/holds").body(Map.of("pan", form.cardNumber)).asJson();
        // ok: card-data-logging-java
        flog.atWarning().log("hold answered %d", answer.getStatus());
        // ok: card-data-logging-java
        flog.atWarning().log("hold number %s", form.bookingNumber);
    }
}

class KilnClubAudit {
    // tinylog: a tagged logger (Logger.tag("AUDIT")) writes to the writers bound to that tag
    void saved(long memberId, CardInput card) {
        // ruleid: card-data-logging-java
        org.tinylog.Logger.tag("AUDIT").info("club card for {}: {} cvc {}", memberId, card.number, card.cvc);
        // ok: card-data-logging-java
        org.tinylog.Logger.tag("AUDIT").info("club card removed for member {}", memberId);
        // ok: card-data-logging-java
        org.tinylog.Logger.warn("card {} declined", Masking.pan(card.number));
        // ruleid: card-data-logging-java
        org.tinylog.Logger.warn("card {} declined", Formats.pan(card.number));
    }
}
