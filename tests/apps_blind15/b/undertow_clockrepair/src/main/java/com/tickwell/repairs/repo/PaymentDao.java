package com.tickwell.repairs.repo;

import com.tickwell.repairs.db.Database;
import com.tickwell.repairs.model.CardEntry;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.util.HexFormat;

public class PaymentDao {
    private static final String INSERT_COUNTER =
            "INSERT INTO counter_payments (ticket_id, card_pan, card_cvv, card_expiry, amount_p, clerk) VALUES (?, ?, ?, ?, ?, ?)";

    public void saveToken(long customerId, String token, String lastFour) throws SQLException {
        Database.runner().update("INSERT INTO stored_cards (customer_id, gateway_token, last_four) VALUES (?, ?, ?)",
                customerId, token, lastFour);
    }

    public void saveCounterPayment(CardEntry e, String clerk) throws SQLException {
        Database.runner().update(INSERT_COUNTER, e.ticketId(), e.pan(), e.cvv(), e.expiry(), e.amountPence(), clerk);
    }

    public void recordAttempt(long ticketId, String pan, String outcome) throws SQLException {
        Database.runner().update("INSERT INTO payment_attempts (ticket_id, pan_hash, outcome) VALUES (?, ?, ?)",
                ticketId, sha256(pan), outcome);
    }

    private static String sha256(String v) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(v.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
