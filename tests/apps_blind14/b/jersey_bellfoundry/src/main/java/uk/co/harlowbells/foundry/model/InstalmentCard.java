package uk.co.harlowbells.foundry.model;

public record InstalmentCard(long commissionId, String token, String last4, String number, String cvv, String expiry) {
    @Override
    public String toString() {
        return "InstalmentCard[commission=" + commissionId + ", last4=" + last4 + ", expiry=" + expiry + "]";
    }
}
