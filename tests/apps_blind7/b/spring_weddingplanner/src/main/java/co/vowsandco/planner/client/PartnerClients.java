package co.vowsandco.planner.client;

import java.util.List;
import java.util.Map;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestTemplate;

/** Stationery printer (invitations posted to guests) and the venue booking partner. */
@Component
public class PartnerClients {

    private static final Logger log = LogManager.getLogger(PartnerClients.class);
    private final RestTemplate stationery;
    private final RestTemplate venues;

    public PartnerClients(@Qualifier("stationeryRestTemplate") RestTemplate stationery,
                          @Qualifier("venueRestTemplate") RestTemplate venues) {
        this.stationery = stationery;
        this.venues = venues;
    }

    public String orderInvitations(long weddingId, String design, List<String> addressBlocks) {
        Map<String, Object> order = Map.of("design", design, "reference", "W" + weddingId, "recipients", addressBlocks);
        ResponseEntity<Map> resp = stationery.postForEntity("/orders", order, Map.class);
        log.info("invitation order {} placed for wedding {} ({} recipients)",
                resp.getBody().get("order_id"), weddingId, addressBlocks.size());
        return String.valueOf(resp.getBody().get("order_id"));
    }

    public Map<?, ?> stationeryCatalogue() {
        return stationery.getForObject("/catalogue?season=2025", Map.class);
    }

    public String holdVenue(String venueRef, String date, String contactName, String contactPhone) {
        Map<String, String> hold = Map.of("venue", venueRef, "date", date, "contact_name", contactName,
                "contact_phone", contactPhone);
        Map<?, ?> resp = venues.postForObject("/holds", hold, Map.class);
        log.info("venue hold {} on {} for {}", resp.get("hold_id"), date, venueRef);
        return String.valueOf(resp.get("hold_id"));
    }
}
