package uk.co.harlowbells.foundry.logging;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import org.apache.logging.log4j.ThreadContext;

@Provider
public class CorrelationFilter implements ContainerRequestFilter, ContainerResponseFilter {
    @Override
    public void filter(ContainerRequestContext req) {
        ThreadContext.put("requestId", UUID.randomUUID().toString().substring(0, 8));
        ThreadContext.put("parish", req.getHeaderString("X-Parish-Id"));
        ThreadContext.put("contact", req.getHeaderString("X-Contact-Email"));
    }

    @Override
    public void filter(ContainerRequestContext req, ContainerResponseContext res) {
        ThreadContext.clearMap();
    }
}
