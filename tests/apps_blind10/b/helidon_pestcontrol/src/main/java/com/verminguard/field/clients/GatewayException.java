package com.verminguard.field.clients;

public class GatewayException extends RuntimeException {

    private final int status;

    public GatewayException(int status, String code) {
        super("gateway returned " + status + " (" + code + ")");
        this.status = status;
    }

    public boolean retryable() {
        return status >= 500 || status == 429;
    }
}
