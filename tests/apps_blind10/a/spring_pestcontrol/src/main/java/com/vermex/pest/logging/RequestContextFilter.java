package com.vermex.pest.logging;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import org.apache.logging.log4j.ThreadContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

@Component
@Order(1)
public class RequestContextFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String requestId = request.getHeader("X-Request-Id");
        ThreadContext.put("requestId", requestId != null ? requestId : UUID.randomUUID().toString());
        ThreadContext.put("portal", request.getHeader("X-Portal") != null ? request.getHeader("X-Portal") : "web");
        try {
            chain.doFilter(request, response);
        } finally {
            ThreadContext.clearMap();
        }
    }
}
