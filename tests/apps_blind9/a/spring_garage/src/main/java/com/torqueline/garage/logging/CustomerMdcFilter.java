package com.torqueline.garage.logging;

import com.torqueline.garage.domain.Repositories.CustomerRepository;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/** Puts request and customer context into the MDC; the Logstash encoder writes MDC into every JSON line. */
@Component
@RequiredArgsConstructor
public class CustomerMdcFilter extends OncePerRequestFilter {
    private final CustomerRepository customers;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        MDC.put("requestId", UUID.randomUUID().toString());
        MDC.put("branch", request.getHeader("X-Branch-Code"));
        String customerId = request.getHeader("X-Customer-Id");
        if (customerId != null) {
            MDC.put("customerId", customerId);
            customers.findById(Long.valueOf(customerId)).ifPresent(c -> MDC.put("customerEmail", c.getEmail()));
        }
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.clear();
        }
    }
}
