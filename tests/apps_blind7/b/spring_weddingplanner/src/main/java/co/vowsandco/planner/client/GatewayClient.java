package co.vowsandco.planner.client;

import java.util.Map;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.logging.log4j.ThreadContext;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestTemplate;

@Component
public class GatewayClient {

    private static final Logger log = LogManager.getLogger(GatewayClient.class);
    private final RestTemplate rest;

    public GatewayClient(@Qualifier("gatewayRestTemplate") RestTemplate rest) {
        this.rest = rest;
    }

    public record Tokenised(String token, String brand, String lastFour) {}

    public Tokenised tokenise(String pan, String cvc, short expMonth, short expYear) {
        Map<?, ?> r = rest.postForObject("/tokens",
                Map.of("number", pan, "cvc", cvc, "exp_month", expMonth, "exp_year", expYear), Map.class);
        return new Tokenised((String) r.get("token"), (String) r.get("brand"), (String) r.get("last4"));
    }

    public String pay(String cardNumber, String exp, String cvc, long amountCents, String reference) {
        ThreadContext.put("paymentRef", reference);
        try {
            Map<?, ?> r = rest.postForObject("/payments", Map.of("card", Map.of("number", cardNumber, "exp", exp,
                    "cvc", cvc == null ? "" : cvc), "amount", amountCents, "reference", reference), Map.class);
            log.info("payment {} approved txn={}", reference, r.get("txn_id"));
            return (String) r.get("txn_id");
        } catch (HttpClientErrorException e) {
            log.error("payment {} declined for card {} exp {}: {}", reference, cardNumber, exp, e.getStatusCode());
            throw e;
        } finally {
            ThreadContext.remove("paymentRef");
        }
    }
}
