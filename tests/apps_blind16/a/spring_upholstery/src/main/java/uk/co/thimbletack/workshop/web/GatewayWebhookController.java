package uk.co.thimbletack.workshop.web;

import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.*;
import uk.co.thimbletack.workshop.repo.CardOnFileRepository;

@RestController
@RequestMapping("/webhooks/brightwell")
public class GatewayWebhookController {
    private static final Logger log = LoggerFactory.getLogger(GatewayWebhookController.class);
    private final CardOnFileRepository cards;

    public GatewayWebhookController(CardOnFileRepository cards) {
        this.cards = cards;
    }

    @PostMapping
    public Map<String, Boolean> receive(@RequestBody Map<String, Object> event) {
        log.info("brightwell event {} {}", event.get("type"), event.get("id"));
        if ("card.expiring".equals(event.get("type"))) {
            @SuppressWarnings("unchecked")
            Map<String, Object> data = (Map<String, Object>) event.get("data");
            cards.findAll().stream()
                    .filter(c -> c.getGatewayToken().equals(data.get("token")))
                    .forEach(c -> log.info("card {} expiring, last4 {}", c.getId(), c.getLast4()));
        } else {
            log.debug("brightwell payload {}", event);
        }
        return Map.of("received", true);
    }
}
