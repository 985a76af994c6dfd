package com.cellardoor.tours.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ProblemDetail;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

@RestControllerAdvice
public class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(GuestController.UnderageGuestException.class)
    ProblemDetail underage(GuestController.UnderageGuestException e) {
        log.warn("registration refused: {}", e.getMessage());
        return ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, "guest must be 18 or older");
    }

    @ExceptionHandler(IllegalStateException.class)
    ProblemDetail conflict(IllegalStateException e) {
        log.warn("conflict: {}", e.getClass().getSimpleName());
        return ProblemDetail.forStatus(HttpStatus.CONFLICT);
    }
}
