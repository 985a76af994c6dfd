package org.pawsclinic.resources;

import com.codahale.metrics.health.HealthCheck;
import org.hibernate.SessionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Database health check registered with Dropwizard's admin port. */
public class HealthCheckResource extends HealthCheck {
    private static final Logger LOG = LoggerFactory.getLogger(HealthCheckResource.class);
    private final SessionFactory sessionFactory;

    public HealthCheckResource(SessionFactory sessionFactory) {
        this.sessionFactory = sessionFactory;
    }

    @Override
    protected Result check() {
        long started = System.nanoTime();
        try (var session = sessionFactory.openSession()) {
            session.createNativeQuery("SELECT 1").getSingleResult();
            LOG.debug("db health ok in {} us", (System.nanoTime() - started) / 1000);
            return Result.healthy();
        } catch (RuntimeException e) {
            LOG.error("db health check failed after {} us", (System.nanoTime() - started) / 1000, e);
            return Result.unhealthy(e.getMessage());
        }
    }
}
