package uk.co.whitlowbells.foundry.config;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

@Component
public class RequestMdcFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        MDC.put("requestId", UUID.randomUUID().toString());
        String customer = request.getHeader("X-Customer-Email");
        if (customer != null) {
            MDC.put("customerEmail", customer);
        }
        MDC.put("clientIp", request.getRemoteAddr());
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.clear();
        }
    }
}
