package com.drivewell.rental.db;

import com.drivewell.rental.core.DamageHold;
import com.drivewell.rental.core.Renter;
import io.dropwizard.hibernate.AbstractDAO;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;

public class RentalStore extends AbstractDAO<Renter> {

    private static final Logger LOG = Logger.getLogger(RentalStore.class.getName());
    private static final String INSERT_OFFLINE_HOLD =
            "INSERT INTO offline_holds (rental_id, card_no, cvv2, amount) VALUES (?, ?, ?, ?)";

    private final DataSource dataSource;

    public RentalStore(SessionFactory sessionFactory, DataSource dataSource) {
        super(sessionFactory);
        this.dataSource = dataSource;
    }

    public Renter saveRenter(Renter renter) {
        return persist(renter);
    }

    public DamageHold saveHold(DamageHold hold) {
        currentSession().persist(hold);
        return hold;
    }

    public void queueOfflineHold(long rentalId, String cardNo, String cvv2, String amount) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(INSERT_OFFLINE_HOLD)) {
            ps.setLong(1, rentalId);
            ps.setString(2, cardNo);
            ps.setString(3, cvv2);
            ps.setString(4, amount);
            ps.executeUpdate();
        } catch (SQLException e) {
            LOG.log(Level.SEVERE, "could not queue offline hold for rental " + rentalId, e);
        }
    }

    public void recordAuthorisation(long holdId, String authCode) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("UPDATE damage_holds SET auth_code = ? WHERE id = ?")) {
            ps.setString(1, authCode);
            ps.setLong(2, holdId);
            ps.executeUpdate();
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "auth code not recorded for hold {0}", holdId);
        }
    }
}
