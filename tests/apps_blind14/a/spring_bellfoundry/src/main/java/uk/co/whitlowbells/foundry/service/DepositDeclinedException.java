package uk.co.whitlowbells.foundry.service;

public class DepositDeclinedException extends RuntimeException {
    public DepositDeclinedException(String holder, String email, String reason) {
        super("Deposit declined for " + holder + " (" + email + "): " + reason);
    }
}
