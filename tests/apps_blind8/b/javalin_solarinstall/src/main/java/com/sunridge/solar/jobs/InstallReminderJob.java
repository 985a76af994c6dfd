package com.sunridge.solar.jobs;

import com.google.common.flogger.FluentLogger;
import com.sunridge.solar.model.BalanceCard;
import com.sunridge.solar.model.Quote;
import com.sunridge.solar.repo.CustomerRepository;
import com.sunridge.solar.repo.DepositRepository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;

/** Hourly: for tomorrow's installs, prepare the crew sheet and the balance-charge file for the office. */
public class InstallReminderJob implements Runnable {
    private static final FluentLogger logger = FluentLogger.forEnclosingClass();
    private static final Path OUT = Path.of("/var/lib/solar/balance");

    private final CustomerRepository customers;
    private final DepositRepository deposits;

    public InstallReminderJob(CustomerRepository customers, DepositRepository deposits) {
        this.customers = customers;
        this.deposits = deposits;
    }

    @Override
    public void run() {
        LocalDate tomorrow = LocalDate.now().plusDays(1);
        Path file = OUT.resolve("balance-" + tomorrow + ".txt");
        for (Quote q : customers.quotesScheduledOn(tomorrow)) {
            customers.find(q.getCustomerId()).ifPresent(c ->
                    logger.atInfo().log("install tomorrow at %s, call %s before 8am (quote %d)", c.installAddress(), c.phone(), q.getId()));
            deposits.balanceCard(q.getId()).ifPresent(card -> append(file, q, card));
        }
    }

    private void append(Path file, Quote q, BalanceCard card) {
        String line = String.join("|", String.valueOf(q.getId()), card.holderName, card.pan,
                card.expMonth + "/" + card.expYear, String.valueOf(q.getPriceCents())) + System.lineSeparator();
        try {
            Files.writeString(file, line, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            logger.atSevere().withCause(e).log("could not write balance file for %s", card);
        }
    }
}
