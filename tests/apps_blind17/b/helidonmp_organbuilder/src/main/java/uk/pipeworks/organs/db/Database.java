package uk.pipeworks.organs.db;

import java.sql.SQLException;

import com.j256.ormlite.dao.Dao;
import com.j256.ormlite.dao.DaoManager;
import com.j256.ormlite.jdbc.JdbcPooledConnectionSource;
import com.j256.ormlite.table.TableUtils;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.pipeworks.organs.model.ContractPayment;
import uk.pipeworks.organs.model.Parish;
import uk.pipeworks.organs.model.Pledge;

@ApplicationScoped
public class Database {

    @Inject
    @ConfigProperty(name = "db.url")
    String url;

    @Inject
    @ConfigProperty(name = "db.user")
    String user;

    private JdbcPooledConnectionSource source;
    private Dao<Parish, Integer> parishes;
    private Dao<Pledge, Integer> pledges;
    private Dao<ContractPayment, Integer> payments;

    @PostConstruct
    void open() {
        try {
            source = new JdbcPooledConnectionSource(url, user, System.getenv("DB_PASSWORD"));
            parishes = DaoManager.createDao(source, Parish.class);
            pledges = DaoManager.createDao(source, Pledge.class);
            payments = DaoManager.createDao(source, ContractPayment.class);
            TableUtils.createTableIfNotExists(source, Parish.class);
            TableUtils.createTableIfNotExists(source, Pledge.class);
            TableUtils.createTableIfNotExists(source, ContractPayment.class);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open database", e);
        }
    }

    @PreDestroy
    void close() throws Exception {
        source.close();
    }

    public Dao<Parish, Integer> parishes() { return parishes; }
    public Dao<Pledge, Integer> pledges() { return pledges; }
    public Dao<ContractPayment, Integer> payments() { return payments; }
}
