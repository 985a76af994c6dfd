package com.windwardlofts.sails.web;

import com.windwardlofts.sails.service.PaymentService.CardDeclinedException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

@RestControllerAdvice
public class ApiExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(CardDeclinedException.class)
    public ResponseEntity<Map<String, String>> declined(CardDeclinedException e) {
        log.warn("payment declined: {}", e.getMessage());
        return ResponseEntity.status(HttpStatus.PAYMENT_REQUIRED).body(Map.of("error", "declined"));
    }

    @ExceptionHandler(IllegalArgumentException.class)
    public ResponseEntity<Map<String, String>> badRequest(IllegalArgumentException e) {
        log.warn("bad request", e);
        return ResponseEntity.badRequest().body(Map.of("error", "invalid"));
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    public ResponseEntity<Map<String, Object>> invalid(MethodArgumentNotValidException e) {
        log.info("validation failed on fields {}", e.getBindingResult().getFieldErrors().stream().map(f -> f.getField()).toList());
        return ResponseEntity.badRequest().body(Map.of("error", "validation"));
    }
}
