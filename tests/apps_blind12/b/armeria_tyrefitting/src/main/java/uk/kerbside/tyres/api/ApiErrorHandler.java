package uk.kerbside.tyres.api;

import com.linecorp.armeria.common.HttpRequest;
import com.linecorp.armeria.common.HttpResponse;
import com.linecorp.armeria.common.HttpStatus;
import com.linecorp.armeria.common.MediaType;
import com.linecorp.armeria.server.ServiceRequestContext;
import com.linecorp.armeria.server.annotation.ExceptionHandlerFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public class ApiErrorHandler implements ExceptionHandlerFunction {
    private static final Logger log = LoggerFactory.getLogger(ApiErrorHandler.class);

    @Override
    public HttpResponse handleException(ServiceRequestContext ctx, HttpRequest req, Throwable cause) {
        if (cause instanceof IllegalArgumentException) {
            log.warn("rejected {}: {}", ctx.path(), cause.getMessage());
            return HttpResponse.of(HttpStatus.CONFLICT, MediaType.JSON, "{\"error\":\"conflict\"}");
        }
        log.error("failure on {} id={}", ctx.path(), ctx.id(), cause);
        return HttpResponse.of(HttpStatus.INTERNAL_SERVER_ERROR, MediaType.JSON, "{\"error\":\"internal\"}");
    }
}
