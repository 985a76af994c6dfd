package co.vowsandco.planner.config;

import co.vowsandco.planner.service.Couple;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.UUID;
import org.apache.logging.log4j.ThreadContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/** Puts request-scoped values into the log4j2 ThreadContext for every line logged during the request. */
@Component
@Order(1)
public class RequestContextFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String requestId = request.getHeader("X-Request-Id");
        ThreadContext.put("requestId", requestId != null ? requestId : UUID.randomUUID().toString());
        ThreadContext.put("path", request.getRequestURI());
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute("couple") instanceof Couple couple) {
            ThreadContext.put("coupleId", String.valueOf(couple.id()));
            ThreadContext.put("coupleEmail", couple.email());
        }
        try {
            chain.doFilter(request, response);
        } finally {
            ThreadContext.clearMap();
        }
    }
}
