package uk.pipeworks.organs.web;

import java.util.UUID;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import org.apache.log4j.Logger;
import org.apache.log4j.MDC;

@Provider
public class RequestContextFilter implements ContainerRequestFilter, ContainerResponseFilter {

    private static final Logger LOG = Logger.getLogger(RequestContextFilter.class);

    @Override
    public void filter(ContainerRequestContext req) {
        String rid = req.getHeaderString("X-Request-Id");
        MDC.put("requestId", rid != null ? rid : UUID.randomUUID().toString().substring(0, 8));
        String parish = req.getUriInfo().getPathParameters().getFirst("parishId");
        if (parish != null) {
            MDC.put("parish", parish);
        }
    }

    @Override
    public void filter(ContainerRequestContext req, ContainerResponseContext res) {
        LOG.info(req.getMethod() + " " + req.getUriInfo().getPath() + " -> " + res.getStatus());
        MDC.clear();
    }
}
