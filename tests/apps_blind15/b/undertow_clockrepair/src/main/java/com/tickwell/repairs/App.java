package com.tickwell.repairs;

import com.tickwell.repairs.config.AppConfig;
import com.tickwell.repairs.handlers.CustomerHandler;
import com.tickwell.repairs.handlers.PaymentHandler;
import com.tickwell.repairs.handlers.RepairHandler;
import com.tickwell.repairs.handlers.WebhookHandler;
import com.tickwell.repairs.jobs.CounterPaymentWorker;
import com.tickwell.repairs.logging.RequestContext;
import io.undertow.Handlers;
import io.undertow.Undertow;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.RoutingHandler;

import java.io.InputStream;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;

public class App {
    private static final Logger LOG = Logger.getLogger(App.class.getName());

    interface Action { void handle(HttpServerExchange ex) throws Exception; }

    static HttpHandler blocking(Action a) {
        return ex -> {
            if (ex.isInIoThread()) { ex.dispatch(blocking(a)); return; }
            RequestContext.put("requestId", UUID.randomUUID().toString());
            RequestContext.put("clerk", String.valueOf(ex.getRequestHeaders().getFirst("X-Clerk")));
            try {
                a.handle(ex);
            } catch (Exception e) {
                LOG.log(Level.WARNING, "request failed " + ex.getRequestPath() + ": " + e.getMessage(), e);
                ex.setStatusCode(e instanceof IllegalArgumentException ? 400 : 500);
                ex.getResponseSender().send("{\"error\":\"request failed\"}");
            } finally {
                RequestContext.clear();
            }
        };
    }

    public static void main(String[] args) throws Exception {
        try (InputStream in = App.class.getResourceAsStream("/logging.properties")) {
            LogManager.getLogManager().readConfiguration(in);
        }
        CustomerHandler customers = new CustomerHandler();
        PaymentHandler payments = new PaymentHandler();
        RepairHandler repairs = new RepairHandler();
        WebhookHandler hooks = new WebhookHandler();

        RoutingHandler routes = Handlers.routing()
                .post("/customers", blocking(customers::create))
                .get("/customers/{id}", blocking(customers::get))
                .post("/cards", blocking(payments::storeCard))
                .post("/counter-payments", blocking(payments::counter))
                .post("/repairs/parts", blocking(repairs::orderParts))
                .post("/repairs/claims", blocking(repairs::insuranceClaim))
                .post("/repairs/ready", blocking(repairs::ready))
                .post("/repairs/collected", blocking(repairs::collected))
                .post("/hooks/mainspring", blocking(hooks::gateway));

        CounterPaymentWorker.start();
        Undertow.builder()
                .addHttpListener(Integer.parseInt(AppConfig.get("server.port", "8090")), "0.0.0.0")
                .setHandler(routes)
                .build()
                .start();
        LOG.info("tickwell repairs listening");
    }
}
