package com.vermex.pest.web;

import com.vermex.pest.customer.CustomerNotFoundException;
import com.vermex.pest.payment.GatewayDeclinedException;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

@RestControllerAdvice
public class ApiExceptionHandler {

    private static final Logger log = LogManager.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(CustomerNotFoundException.class)
    ProblemDetail notFound(CustomerNotFoundException ex) {
        log.warn("customer lookup failed: {}", ex.getMessage());
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "customer not found");
    }

    @ExceptionHandler(GatewayDeclinedException.class)
    ProblemDetail declined(GatewayDeclinedException ex) {
        log.warn("card declined for contract {} code={}", ex.contractId(), ex.code());
        return ProblemDetail.forStatusAndDetail(HttpStatus.PAYMENT_REQUIRED, ex.code());
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail invalid(MethodArgumentNotValidException ex) {
        log.info("validation failed: {} field errors on {}", ex.getErrorCount(), ex.getObjectName());
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "invalid request");
    }
}
