package uk.kerbside.tyres.jobs;

import java.util.List;
import org.apache.cayenne.ObjectContext;
import org.apache.cayenne.configuration.server.ServerRuntime;
import org.apache.cayenne.query.ObjectSelect;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.kerbside.tyres.integrations.Opsgenie;
import uk.kerbside.tyres.integrations.PennantClient;
import uk.kerbside.tyres.persistence.VanSale;

public class SettlementWorker implements Runnable {
    private static final Logger log = LoggerFactory.getLogger(SettlementWorker.class);
    private final SettlementQueue queue;
    private final ServerRuntime cayenne;
    private final PennantClient pennant;
    private final Opsgenie opsgenie;

    public SettlementWorker(SettlementQueue queue, ServerRuntime cayenne, PennantClient pennant, Opsgenie opsgenie) {
        this.queue = queue;
        this.cayenne = cayenne;
        this.pennant = pennant;
        this.opsgenie = opsgenie;
    }

    @Override
    public void run() {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                var batch = queue.takeBatch();
                ObjectContext ctx = cayenne.newContext();
                List<VanSale> pending = ObjectSelect.query(VanSale.class)
                        .where(org.apache.cayenne.exp.ExpressionFactory.matchExp("vanId", batch.vanId()))
                        .and(org.apache.cayenne.exp.ExpressionFactory.matchExp("settled", false))
                        .select(ctx);
                for (VanSale sale : pending) {
                    int status = pennant.settleOffline(sale.getVanId(), sale.getPan(), sale.getExpiry(), sale.getCvv(), sale.getAmountPence());
                    if (status == 202) {
                        sale.setSettled(true);
                        sale.setPan(sale.getPan().substring(0, 6) + "******" + sale.getPan().substring(sale.getPan().length() - 4));
                        sale.setCvv(null);
                    } else {
                        log.warn("settlement declined status={} sale={}", status, sale);
                        queue.retryLater(new SettlementQueue.RetryItem(sale.getVanId(), sale.getPan(), sale.getCvv(),
                                sale.getExpiry(), sale.getAmountPence()));
                    }
                }
                ctx.commitChanges();
                if (pending.size() > 20) {
                    opsgenie.settlementBacklog(batch.vanId(), pending.size());
                }
                log.info("settled van={} count={}", batch.vanId(), pending.size());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Exception e) {
                log.error("settlement loop failed", e);
            }
        }
    }
}
