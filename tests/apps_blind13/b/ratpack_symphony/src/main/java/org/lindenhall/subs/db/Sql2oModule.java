package org.lindenhall.subs.db;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.lindenhall.subs.config.AppConfig;
import org.sql2o.Sql2o;
import org.sql2o.quirks.PostgresQuirks;

public class Sql2oModule extends AbstractModule {
    @Provides @Singleton
    Sql2o sql2o(AppConfig config) {
        HikariConfig hc = new HikariConfig();
        hc.setJdbcUrl(config.db.url);
        hc.setUsername(config.db.user);
        hc.setPassword(config.db.password);
        HikariDataSource ds = new HikariDataSource(hc);
        Flyway.configure().dataSource(ds).load().migrate();
        return new Sql2o(ds, new PostgresQuirks());
    }
}
