package com.sunridge.solar;

import com.google.common.flogger.FluentLogger;
import com.sunridge.solar.jobs.InstallReminderJob;
import com.sunridge.solar.repo.CustomerRepository;
import com.sunridge.solar.repo.DepositRepository;
import com.sunridge.solar.service.DepositService;
import com.sunridge.solar.service.FinancePartnerClient;
import com.sunridge.solar.service.GatewayClient;
import com.sunridge.solar.service.InverterPortalClient;
import com.sunridge.solar.service.ZendeskSync;
import com.sunridge.solar.web.DepositController;
import com.sunridge.solar.web.GatewayWebhook;
import com.sunridge.solar.web.QuoteController;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.javalin.Javalin;
import io.javalin.http.HttpStatus;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.sql2o.Sql2o;
import org.sql2o.quirks.PostgresQuirks;

public final class App {
    private static final FluentLogger logger = FluentLogger.forEnclosingClass();

    public static void main(String[] args) {
        AppConfig config = new AppConfig();
        HikariConfig hc = new HikariConfig();
        hc.setJdbcUrl(config.get("db.url"));
        hc.setUsername(config.get("db.user"));
        hc.setPassword(config.get("db.password"));
        hc.setMaximumPoolSize(10);
        Sql2o sql2o = new Sql2o(new HikariDataSource(hc), new PostgresQuirks());

        CustomerRepository customers = new CustomerRepository(sql2o);
        DepositRepository deposits = new DepositRepository(sql2o);
        GatewayClient gateway = new GatewayClient(config.get("gateway.baseUrl"), config.get("gateway.apiKey"));
        ZendeskSync zendesk = new ZendeskSync(config.get("zendesk.url"), config.get("zendesk.user"), config.get("zendesk.token"));
        DepositService depositService = new DepositService(deposits, customers, gateway);

        QuoteController quotes = new QuoteController(customers, zendesk,
                new InverterPortalClient(config.get("inverter.portalUrl")),
                new FinancePartnerClient(config.get("finance.baseUrl")));
        DepositController depositController = new DepositController(depositService);
        GatewayWebhook webhook = new GatewayWebhook(deposits);

        Javalin app = Javalin.create(cfg -> {
            cfg.http.defaultContentType = "application/json";
            cfg.router.apiBuilder(() -> {
                quotes.routes();
                depositController.routes();
                webhook.routes();
            });
        });

        app.before(ctx -> ctx.attribute("started", System.nanoTime()));
        app.after(ctx -> {
            long started = ctx.attributeOrDefault("started", System.nanoTime());
            logger.atInfo().log("%s %s -> %d in %d ms from %s", ctx.method(), ctx.path(), ctx.statusCode(),
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), ctx.ip());
        });
        app.exception(IllegalArgumentException.class, (e, ctx) -> ctx.status(HttpStatus.BAD_REQUEST).json(e.getMessage()));
        app.exception(Exception.class, (e, ctx) -> {
            logger.atSevere().withCause(e).log("unhandled error on %s, body %s", ctx.path(), ctx.body());
            ctx.status(HttpStatus.INTERNAL_SERVER_ERROR);
        });

        Executors.newSingleThreadScheduledExecutor()
                .scheduleAtFixedRate(new InstallReminderJob(customers, deposits), 1, 60, TimeUnit.MINUTES);
        app.start(config.getInt("http.port"));
    }
}
