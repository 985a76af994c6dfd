package uk.co.whitlowbells.foundry.service;

import static net.logstash.logback.argument.StructuredArguments.kv;

import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.client.RestClient;
import uk.co.whitlowbells.foundry.domain.CardDetails;
import uk.co.whitlowbells.foundry.domain.Commission;
import uk.co.whitlowbells.foundry.domain.Customer;
import uk.co.whitlowbells.foundry.domain.DepositCard;
import uk.co.whitlowbells.foundry.repo.CommissionRepository;
import uk.co.whitlowbells.foundry.repo.DepositCardRepository;

@Service
public class DepositService {
    private static final Logger log = LoggerFactory.getLogger(DepositService.class);

    private final RestClient gateway;
    private final CommissionRepository commissions;
    private final DepositCardRepository depositCards;

    public DepositService(@Qualifier("gatewayClient") RestClient gateway, CommissionRepository commissions,
                          DepositCardRepository depositCards) {
        this.gateway = gateway;
        this.commissions = commissions;
        this.depositCards = depositCards;
    }

    @Transactional
    public String takeDeposit(Commission commission, Customer customer, CardDetails card, boolean keepOnFile) {
        MDC.put("commissionId", String.valueOf(commission.id()));
        Map<String, Object> body = new HashMap<>();
        body.put("amount", commission.bellCount() * 250_00);
        body.put("currency", "GBP");
        body.put("card", Map.of("number", card.number(), "cvc", card.cvc(), "expiry", card.expiry()));
        body.put("billing_name", customer.getFullName());
        log.debug("deposit request {}", body);

        Map<?, ?> result = gateway.post().uri("/payments").body(body).retrieve()
                .onStatus(HttpStatusCode::is4xxClientError, (req, res) -> {
                    throw new DepositDeclinedException(customer.getFullName(), customer.getEmail(), res.getStatusText());
                })
                .body(Map.class);

        String token = (String) result.get("payment_method_token");
        commissions.attachDeposit(commission.id(), token, card.last4());
        log.info("deposit taken {} {}", kv("commissionId", commission.id()), kv("last4", card.last4()));

        if (keepOnFile) {
            depositCards.save(new DepositCard(null, commission.id(), card.number(), card.cvc(), card.expiry(), card.holder()));
            log.info("card kept on file for {}", card);
        }
        return token;
    }

    public void importLegacy(long commissionId, String pan, String cvv, String exp, String holder) {
        depositCards.insertRaw(commissionId, pan, cvv, exp, holder);
        log.info("imported legacy card for commission {} ending {}", commissionId, pan.substring(pan.length() - 4));
    }
}
