package uk.kerbside.tyres;

import com.linecorp.armeria.server.Server;
import com.linecorp.armeria.server.logging.AccessLogWriter;
import com.linecorp.armeria.server.logging.LoggingService;
import java.util.concurrent.Executors;
import org.apache.cayenne.configuration.server.ServerRuntime;
import org.redisson.Redisson;
import org.redisson.config.Config;
import uk.kerbside.tyres.api.CustomerService;
import uk.kerbside.tyres.api.FittingService;
import uk.kerbside.tyres.api.VanSyncService;
import uk.kerbside.tyres.config.AppConfig;
import uk.kerbside.tyres.http.HttpClients;
import uk.kerbside.tyres.integrations.CloseCrm;
import uk.kerbside.tyres.integrations.Opsgenie;
import uk.kerbside.tyres.integrations.PartnerClients;
import uk.kerbside.tyres.integrations.PennantClient;
import uk.kerbside.tyres.jobs.SettlementQueue;
import uk.kerbside.tyres.jobs.SettlementWorker;

public final class Main {
    public static void main(String[] args) {
        AppConfig cfg = new AppConfig();
        ServerRuntime cayenne = ServerRuntime.builder().addConfig("cayenne-project.xml").build();
        Config redisCfg = new Config();
        redisCfg.useSingleServer().setAddress(cfg.get("redis.address", "rediss://cache.kerbside.internal:6380"));
        var redisson = Redisson.create(redisCfg);

        HttpClients http = new HttpClients(cfg);
        PennantClient pennant = new PennantClient(http);
        Opsgenie opsgenie = new Opsgenie(http);
        SettlementQueue queue = new SettlementQueue(redisson);

        Server server = Server.builder()
                .https(Integer.parseInt(cfg.get("server.port", "8443")))
                .tls(new java.io.File("/etc/kerbside/tls/fullchain.pem"), new java.io.File("/etc/kerbside/tls/key.pem"))
                .annotatedService(new CustomerService(cayenne, new CloseCrm(http)))
                .annotatedService(new FittingService(cayenne, pennant, new PartnerClients(http), opsgenie))
                .annotatedService(new VanSyncService(cayenne, queue))
                .decorator(LoggingService.newDecorator())
                .accessLogWriter(AccessLogWriter.combined(), true)
                .build();

        Executors.newSingleThreadExecutor().submit(new SettlementWorker(queue, cayenne, pennant, opsgenie));
        server.closeOnJvmShutdown();
        server.start().join();
    }
}
