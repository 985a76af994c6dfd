package io.fleetly.job;

import static net.logstash.logback.argument.StructuredArguments.kv;

import io.fleetly.domain.FuelCard;
import io.fleetly.repository.FuelCardRepository;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Nightly reconciliation: writes the card list FuelNet's SFTP drop expects and logs totals. */
@Singleton
public class FuelReconciliationJob {

    private static final Logger log = LoggerFactory.getLogger(FuelReconciliationJob.class);

    private final FuelCardRepository fuelCards;
    private final Path outbox;

    public FuelReconciliationJob(FuelCardRepository fuelCards,
                                 @Value("${fleetly.fuel.outbox:/var/spool/fleetly/fuelnet}") String outbox) {
        this.fuelCards = fuelCards;
        this.outbox = Path.of(outbox);
    }

    @Scheduled(cron = "0 30 2 * * ?")
    public void run() {
        long started = System.nanoTime();
        String day = LocalDate.now().format(DateTimeFormatter.BASIC_ISO_DATE);
        Path file = outbox.resolve("cards-" + day + ".csv");
        int rows = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write("card_ref,vehicle_id,card_number,status,daily_limit_cents\n");
            for (FuelCard card : fuelCards.findAll()) {
                out.write(String.join(",", card.getFuelnetCardRef(), String.valueOf(card.getVehicleId()),
                        card.getCardNo(), card.getStatus(), String.valueOf(card.getDailyLimitCents())));
                out.write("\n");
                rows++;
            }
        } catch (IOException e) {
            log.error("reconciliation file could not be written", kv("file", file.toString()), e);
            return;
        }
        log.info("reconciliation written", kv("file", file.getFileName().toString()), kv("rows", rows),
                kv("active", fuelCards.countActive()), kv("ms", (System.nanoTime() - started) / 1_000_000));
    }
}
