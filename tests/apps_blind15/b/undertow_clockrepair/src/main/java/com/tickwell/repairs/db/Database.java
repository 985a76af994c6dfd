package com.tickwell.repairs.db;

import com.tickwell.repairs.config.AppConfig;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.apache.commons.dbutils.QueryRunner;

public final class Database {
    private static final HikariDataSource DS;
    private static final QueryRunner RUNNER;

    static {
        HikariConfig hc = new HikariConfig();
        hc.setJdbcUrl(AppConfig.get("db.url"));
        hc.setUsername(AppConfig.get("db.user"));
        hc.setPassword(System.getenv("DB_PASSWORD"));
        hc.setMaximumPoolSize(8);
        DS = new HikariDataSource(hc);
        RUNNER = new QueryRunner(DS);
    }

    private Database() {}

    public static QueryRunner runner() { return RUNNER; }
}
