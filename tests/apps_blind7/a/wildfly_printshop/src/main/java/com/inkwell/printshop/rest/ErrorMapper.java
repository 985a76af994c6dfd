package com.inkwell.printshop.rest;

import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

@Provider
public class ErrorMapper implements ExceptionMapper<Exception> {

    private static final Logger LOG = Logger.getLogger(ErrorMapper.class);

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(Exception e) {
        if (e instanceof WebApplicationException wae) {
            return wae.getResponse();
        }
        String incident = UUID.randomUUID().toString();
        if (e instanceof PersistenceException) {
            LOG.errorf(e, "database error on %s, incident %s", uriInfo.getPath(), incident);
        } else {
            LOG.errorf(e, "unhandled error on %s, incident %s", uriInfo.getPath(), incident);
        }
        return Response.serverError().entity(Map.of("incident", incident)).build();
    }
}
