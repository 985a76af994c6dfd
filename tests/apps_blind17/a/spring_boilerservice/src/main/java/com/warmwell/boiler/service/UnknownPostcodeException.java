package com.warmwell.boiler.service;

public class UnknownPostcodeException extends RuntimeException {
    public UnknownPostcodeException(String message) {
        super(message);
    }
}
