package uk.co.whitlowbells.foundry.web;

import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import uk.co.whitlowbells.foundry.service.DepositDeclinedException;

@RestControllerAdvice
public class ApiExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(DepositDeclinedException.class)
    public ResponseEntity<Map<String, String>> declined(DepositDeclinedException ex) {
        log.warn("deposit declined: {}", ex.getMessage());
        return ResponseEntity.status(402).body(Map.of("error", "deposit_declined"));
    }

    @ExceptionHandler(Exception.class)
    public ResponseEntity<Map<String, String>> other(Exception ex) {
        log.error("unhandled error type={}", ex.getClass().getSimpleName());
        return ResponseEntity.internalServerError().body(Map.of("error", "internal"));
    }
}
