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
