package uk.co.thimbletack.workshop.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

@Component
public class MdcFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            MDC.put("requestId", Optional.ofNullable(request.getHeader("X-Request-Id")).orElse(UUID.randomUUID().toString()));
            MDC.put("clientIp", request.getRemoteAddr());
            String login = request.getHeader("X-Customer-Email");
            if (login != null) {
                MDC.put("customerEmail", login);
            }
            chain.doFilter(request, response);
        } finally {
            MDC.clear();
        }
    }
}
