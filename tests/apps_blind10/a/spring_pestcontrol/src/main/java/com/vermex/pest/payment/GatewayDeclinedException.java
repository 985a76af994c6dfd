package com.vermex.pest.payment;

public class GatewayDeclinedException extends RuntimeException {

    private final long contractId;
    private final String code;

    public GatewayDeclinedException(long contractId, String code) {
        super("declined " + code);
        this.contractId = contractId;
        this.code = code;
    }

    public long contractId() {
        return contractId;
    }

    public String code() {
        return code;
    }
}
