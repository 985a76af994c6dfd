package uk.pipeworks.organs.service;

public class PledgeDeclinedException extends RuntimeException {
    public PledgeDeclinedException(String message) {
        super(message);
    }
}
