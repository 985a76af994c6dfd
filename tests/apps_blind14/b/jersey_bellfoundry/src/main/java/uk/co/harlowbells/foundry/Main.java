package uk.co.harlowbells.foundry;

import com.launchdarkly.sdk.server.LDClient;
import java.net.URI;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.hk2.utilities.binding.AbstractBinder;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.quartz.Scheduler;
import org.quartz.impl.StdSchedulerFactory;
import uk.co.harlowbells.foundry.api.SteeplePay;
import uk.co.harlowbells.foundry.config.FoundryConfig;
import uk.co.harlowbells.foundry.db.FoundryDao;
import uk.co.harlowbells.foundry.http.HttpClients;
import uk.co.harlowbells.foundry.logging.CorrelationFilter;
import uk.co.harlowbells.foundry.vendor.CampanileLedger;
import uk.co.harlowbells.foundry.vendor.FeatureFlags;
import uk.co.harlowbells.foundry.vendor.OptimizelyEvents;

public final class Main {
    public static void main(String[] args) throws Exception {
        FoundryConfig config = new FoundryConfig();
        Jdbi jdbi = Jdbi.create(config.get("db.url"), config.get("db.user"), System.getenv("DB_PASSWORD")).installPlugin(new SqlObjectPlugin());
        Scheduler scheduler = StdSchedulerFactory.getDefaultScheduler();
        scheduler.start();

        ResourceConfig rc = new ResourceConfig()
                .packages("uk.co.harlowbells.foundry.api")
                .register(CorrelationFilter.class)
                .register(new AbstractBinder() {
                    @Override
                    protected void configure() {
                        bind(jdbi.onDemand(FoundryDao.class)).to(FoundryDao.class);
                        bind(scheduler).to(Scheduler.class);
                        bind(new FeatureFlags(new LDClient(config.get("launchdarkly.sdk-key")))).to(FeatureFlags.class);
                        bind(new OptimizelyEvents(HttpClients.standard(), config)).to(OptimizelyEvents.class);
                        bind(new CampanileLedger(HttpClients.forPartner(config, "campanile"), config)).to(CampanileLedger.class);
                        bind(new SteeplePay(HttpClients.standard(), config)).to(SteeplePay.class);
                    }
                });
        HttpServer server = GrizzlyHttpServerFactory.createHttpServer(URI.create(config.get("server.uri")), rc);
        Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow));
        Thread.currentThread().join();
    }
}
