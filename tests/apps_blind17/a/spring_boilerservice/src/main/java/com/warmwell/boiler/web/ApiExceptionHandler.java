package com.warmwell.boiler.web;

import com.warmwell.boiler.service.UnknownPostcodeException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

@RestControllerAdvice
public class ApiExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(UnknownPostcodeException.class)
    public ResponseEntity<Map<String, String>> outOfArea(UnknownPostcodeException e) {
        log.warn("out of area: {}", e.getMessage());
        return ResponseEntity.unprocessableEntity().body(Map.of("error", "outside our service area"));
    }

    @ExceptionHandler(Exception.class)
    public ResponseEntity<Map<String, String>> other(Exception e) {
        log.error("unhandled {}", e.getClass().getSimpleName());
        return ResponseEntity.internalServerError().body(Map.of("error", "internal"));
    }
}
