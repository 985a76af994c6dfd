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
