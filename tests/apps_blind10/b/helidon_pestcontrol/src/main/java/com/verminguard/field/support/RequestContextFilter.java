package com.verminguard.field.support;

import java.util.UUID;

import io.helidon.logging.common.HelidonMdc;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;

public class RequestContextFilter implements Filter {

    private static final System.Logger ACCESS = System.getLogger("com.verminguard.field.access");

    @Override
    public void filter(FilterChain chain, RoutingRequest req, RoutingResponse res) {
        String requestId = req.headers().first(io.helidon.http.HeaderNames.X_REQUEST_ID)
                .orElseGet(() -> UUID.randomUUID().toString());
        HelidonMdc.set("request", requestId);
        try {
            chain.proceed();
            ACCESS.log(System.Logger.Level.INFO, "{0} {1} -> {2} from {3}", req.prologue().method().text(),
                    req.path().path(), res.status().code(), req.remotePeer().host());
        } finally {
            HelidonMdc.remove("request");
            HelidonMdc.remove("customer");
        }
    }
}
