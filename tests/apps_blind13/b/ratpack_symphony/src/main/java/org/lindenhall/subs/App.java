package org.lindenhall.subs;

import org.lindenhall.subs.config.AppConfig;
import org.lindenhall.subs.db.Sql2oModule;
import org.lindenhall.subs.handlers.CardHandler;
import org.lindenhall.subs.handlers.PatronHandler;
import org.lindenhall.subs.handlers.WebhookHandler;
import org.lindenhall.subs.jobs.RenewalService;
import org.lindenhall.subs.vendors.VendorClients;
import org.slf4j.MDC;
import ratpack.guice.Guice;
import ratpack.logging.MDCInterceptor;
import ratpack.server.RatpackServer;

import java.util.UUID;

public class App {
    public static void main(String[] args) throws Exception {
        RatpackServer.start(server -> server
                .serverConfig(c -> c.yaml("application.yml").env().sysProps().require("", AppConfig.class))
                .registry(Guice.registry(b -> b
                        .module(Sql2oModule.class)
                        .module(VendorClients.class)
                        .add(MDCInterceptor.instance())
                        .bind(PatronHandler.class)
                        .bind(CardHandler.class)
                        .bind(WebhookHandler.class)
                        .bind(RenewalService.class)))
                .handlers(chain -> chain
                        .all(ctx -> {
                            MDC.put("requestId", ctx.getRequest().getHeaders().get("X-Request-Id") != null
                                    ? ctx.getRequest().getHeaders().get("X-Request-Id") : UUID.randomUUID().toString());
                            ctx.next();
                        })
                        .post("patrons", PatronHandler.class)
                        .post("subscriptions/:subscriptionId/card", CardHandler.class)
                        .post("webhooks/crescendo", WebhookHandler.class)));
    }
}
