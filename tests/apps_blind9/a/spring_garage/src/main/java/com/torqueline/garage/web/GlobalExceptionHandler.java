package com.torqueline.garage.web;

import com.torqueline.garage.service.VehicleOwnershipException;
import java.util.Map;
import lombok.extern.slf4j.Slf4j;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

@Slf4j
@RestControllerAdvice
public class GlobalExceptionHandler {

    @ExceptionHandler(VehicleOwnershipException.class)
    public ResponseEntity<Map<String, String>> ownership(VehicleOwnershipException ex) {
        log.warn("Booking refused: {}", ex.getMessage());
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("error", "vehicle_not_on_account"));
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    public ResponseEntity<Map<String, Object>> invalid(MethodArgumentNotValidException ex) {
        var fields = ex.getBindingResult().getFieldErrors().stream().map(e -> e.getField()).distinct().toList();
        log.info("Validation failed on {} for fields {}", ex.getObjectName(), fields);
        return ResponseEntity.badRequest().body(Map.of("error", "invalid", "fields", fields));
    }
}
