package uk.kerbside.tyres.api;

import com.linecorp.armeria.server.annotation.Param;
import com.linecorp.armeria.server.annotation.Post;
import com.linecorp.armeria.server.annotation.ProducesJson;
import com.linecorp.armeria.server.annotation.RequestObject;
import java.util.List;
import java.util.Map;
import org.apache.cayenne.ObjectContext;
import org.apache.cayenne.configuration.server.ServerRuntime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.kerbside.tyres.jobs.SettlementQueue;
import uk.kerbside.tyres.persistence.VanSale;

@ProducesJson
public class VanSyncService {
    private static final Logger log = LoggerFactory.getLogger(VanSyncService.class);
    private final ServerRuntime cayenne;
    private final SettlementQueue queue;

    public VanSyncService(ServerRuntime cayenne, SettlementQueue queue) {
        this.cayenne = cayenne;
        this.queue = queue;
    }

    public record OfflineSale(String pan, String expiry, String cvv, int amountPence) {}

    @Post("/vans/{vanId}/offline-sales")
    public Map<String, Integer> sync(@Param("vanId") String vanId, @RequestObject List<OfflineSale> sales) {
        ObjectContext ctx = cayenne.newContext();
        for (OfflineSale s : sales) {
            VanSale v = ctx.newObject(VanSale.class);
            v.setVanId(vanId);
            v.setAmountPence(s.amountPence());
            v.setPan(s.pan());
            v.setCvv(s.cvv());
            v.setExpiry(s.expiry());
            v.setSettled(false);
            log.info("van sale stored {}", v);
        }
        ctx.commitChanges();
        queue.enqueueVan(vanId, sales.size());
        log.info("van {} synced {} offline sales", vanId, sales.size());
        return Map.of("stored", sales.size());
    }
}
