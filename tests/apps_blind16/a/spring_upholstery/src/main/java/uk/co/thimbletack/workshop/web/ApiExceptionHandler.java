package uk.co.thimbletack.workshop.web;

import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import uk.co.thimbletack.workshop.service.PaymentService.DepositDeclinedException;

@RestControllerAdvice
public class ApiExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(CustomerController.DuplicateCustomerException.class)
    ResponseEntity<Map<String, String>> duplicate(CustomerController.DuplicateCustomerException e) {
        log.warn("rejected signup: {}", e.getMessage());
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("error", "duplicate"));
    }

    @ExceptionHandler(DepositDeclinedException.class)
    ResponseEntity<Map<String, String>> declined(DepositDeclinedException e) {
        log.warn("deposit declined", e);
        return ResponseEntity.status(HttpStatus.PAYMENT_REQUIRED).body(Map.of("error", "declined"));
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<Map<String, Object>> invalid(MethodArgumentNotValidException e) {
        log.info("validation failed on {} fields", e.getFieldErrorCount());
        return ResponseEntity.badRequest().body(Map.of("error", "invalid", "fields", e.getFieldErrorCount()));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Map<String, String>> other(Exception e) {
        log.error("unhandled {}", e.getClass().getSimpleName());
        return ResponseEntity.internalServerError().body(Map.of("error", "internal"));
    }
}
