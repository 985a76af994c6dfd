package com.claywheel.studio;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tinylog.Logger;

public final class Db {
    private static final String[] SCRIPTS = {"db/001-init.sql", "db/002-kiln-club.sql"};

    private Db() {}

    public static DataSource dataSource() {
        HikariConfig cfg = new HikariConfig();
        cfg.setJdbcUrl(Config.JDBC_URL);
        cfg.setUsername(Config.JDBC_USER);
        cfg.setPassword(Config.JDBC_PASSWORD);
        cfg.setMaximumPoolSize(8);
        return new HikariDataSource(cfg);
    }

    /** The schema scripts are idempotent (IF NOT EXISTS); run them on every start. */
    public static void install(JdbcClient jdbc) throws IOException {
        for (String script : SCRIPTS) {
            try (InputStream in = Db.class.getClassLoader().getResourceAsStream(script)) {
                jdbc.sql(new String(in.readAllBytes(), StandardCharsets.UTF_8)).update();
                Logger.info("schema script {} applied", script);
            }
        }
    }
}
