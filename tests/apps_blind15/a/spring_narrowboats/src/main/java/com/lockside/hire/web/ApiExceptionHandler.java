package com.lockside.hire.web;

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

    @ExceptionHandler(HirerController.DuplicateHirerException.class)
    public ResponseEntity<Map<String, String>> duplicate(HirerController.DuplicateHirerException ex) {
        log.warn("Duplicate registration: {}", ex.getMessage());
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("error", "already registered"));
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    public ResponseEntity<Map<String, String>> invalid(MethodArgumentNotValidException ex) {
        log.warn("Validation failed on fields {}", ex.getBindingResult().getFieldErrors().stream().map(e -> e.getField()).toList());
        return ResponseEntity.badRequest().body(Map.of("error", "invalid request"));
    }
}
