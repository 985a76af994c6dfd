package uk.pipeworks.organs.service;

import io.helidon.microprofile.scheduling.FixedRate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.log4j.Logger;

@ApplicationScoped
public class PledgeCollector {

    private static final Logger LOG = Logger.getLogger(PledgeCollector.class);

    @Inject
    PledgeQueue queue;
    @Inject
    PledgeService pledges;

    @FixedRate(initialDelay = 1, value = 2, timeUnit = java.util.concurrent.TimeUnit.MINUTES)
    public void drain() {
        String job;
        while ((job = queue.nextFirstCollection()) != null) {
            try {
                pledges.collectFirst(job);
            } catch (PledgeDeclinedException e) {
                LOG.warn(e.getMessage());
            } catch (Exception e) {
                LOG.error("collection job failed, payload=" + job, e);
            }
        }
    }
}
