package com.fleetfuel.repository;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

@ApplicationScoped
public class TxnRepository {

    private static final Logger LOG = LogManager.getLogger(TxnRepository.class);

    private static final String INSERT_TXN =
            "INSERT INTO card_txn (card_id, card_no, cvv2, station_code, litres_ml, amount_cents, created_at) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?)";

    private static final String INSERT_AUDIT =
            "INSERT INTO card_audit (card_id, pan_last4, action, created_at) VALUES (?, ?, ?, ?)";

    @Inject
    AgroalDataSource dataSource;

    public void record(long cardId, String cardNo, String cvv2, String station, int litresMl, int amountCents) {
        try (Connection conn = dataSource.getConnection();
                PreparedStatement ps = conn.prepareStatement(INSERT_TXN)) {
            ps.setLong(1, cardId);
            ps.setString(2, cardNo);
            ps.setString(3, cvv2);
            ps.setString(4, station);
            ps.setInt(5, litresMl);
            ps.setInt(6, amountCents);
            ps.setTimestamp(7, Timestamp.from(Instant.now()));
            ps.executeUpdate();
            audit(conn, cardId, cardNo.substring(cardNo.length() - 4), "SWIPE");
        } catch (SQLException e) {
            LOG.error("could not record txn for card " + cardNo, e);
            throw new IllegalStateException(e);
        }
    }

    private void audit(Connection conn, long cardId, String last4, String action) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement(INSERT_AUDIT)) {
            ps.setLong(1, cardId);
            ps.setString(2, last4);
            ps.setString(3, action);
            ps.setTimestamp(4, Timestamp.from(Instant.now()));
            ps.executeUpdate();
        }
        LOG.debug("audit {} for card id {}", action, cardId);
    }
}
