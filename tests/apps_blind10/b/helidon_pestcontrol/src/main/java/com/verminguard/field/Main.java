package com.verminguard.field;

import com.verminguard.field.clients.Clients;
import com.verminguard.field.contract.ContractRepository;
import com.verminguard.field.contract.ContractService;
import com.verminguard.field.customer.CustomerRepository;
import com.verminguard.field.customer.CustomerService;
import com.verminguard.field.jobs.CaptureJobs;
import com.verminguard.field.jobs.RenewalScheduler;
import com.verminguard.field.support.RequestContextFilter;
import com.verminguard.field.visit.VisitService;

import io.helidon.config.Config;
import io.helidon.dbclient.DbClient;
import io.helidon.logging.common.LogConfig;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.http.HttpRouting;

import org.jobrunr.configuration.JobRunr;
import org.jobrunr.storage.sql.postgres.PostgresStorageProvider;
import org.postgresql.ds.PGSimpleDataSource;

public final class Main {

    private static final System.Logger LOGGER = System.getLogger(Main.class.getName());

    private Main() {
    }

    public static void main(String[] args) {
        LogConfig.configureRuntime();
        Config config = Config.create();
        Config.global(config);

        DbClient db = DbClient.create(config.get("db"));
        Clients clients = new Clients(config.get("clients"));

        CustomerRepository customers = new CustomerRepository(db);
        ContractRepository contracts = new ContractRepository(db);
        CaptureJobs captureJobs = new CaptureJobs(clients, db);

        PGSimpleDataSource jobStore = new PGSimpleDataSource();
        jobStore.setURL(config.get("db.connection.url").asString().get());
        jobStore.setUser(config.get("db.connection.username").asString().get());
        jobStore.setPassword(config.get("db.connection.password").asString().get());
        JobRunr.configure()
                .useStorageProvider(new PostgresStorageProvider(jobStore))
                .useJobActivator(type -> type == CaptureJobs.class ? type.cast(captureJobs) : null)
                .useBackgroundJobServer()
                .initialize();

        new RenewalScheduler(contracts, clients, config.get("billing")).start();

        WebServer server = WebServer.builder()
                .config(config.get("server"))
                .routing(routing -> routing(routing, customers, contracts, clients))
                .build()
                .start();

        LOGGER.log(System.Logger.Level.INFO, "field API up on port {0}", server.port());
    }

    static void routing(HttpRouting.Builder routing, CustomerRepository customers,
                        ContractRepository contracts, Clients clients) {
        routing.addFilter(new RequestContextFilter())
               .register("/api/customers", new CustomerService(customers, clients))
               .register("/api/contracts", new ContractService(contracts, customers, clients))
               .register("/api/visits", new VisitService(customers, clients));
    }
}
