package com.clearwater.pools.admin;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.CommandLineRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

@Component
@Profile("export")
public class UnsettledExportRunner implements CommandLineRunner {
    private final JdbcTemplate jdbc;

    public UnsettledExportRunner(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void run(String... args) throws Exception {
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of("/srv/exports/unsettled.csv")))) {
            jdbc.query("SELECT id, customer_id, pan, expiry, amount_pence FROM service_cards WHERE NOT settled", rs -> {
                out.printf("%d,%d,%s,%s,%d%n", rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getInt(5));
            });
        }
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of("/srv/exports/unsettled_summary.csv")))) {
            jdbc.query("SELECT id, customer_id, right(pan, 4), amount_pence FROM service_cards WHERE NOT settled", rs -> {
                out.printf("%d,%d,****%s,%d%n", rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4));
            });
        }
        jdbc.update("UPDATE service_cards SET cvv = NULL WHERE settled");
    }
}
