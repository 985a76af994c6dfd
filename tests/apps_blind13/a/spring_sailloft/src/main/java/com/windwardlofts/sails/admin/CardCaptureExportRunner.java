package com.windwardlofts.sails.admin;

import com.windwardlofts.sails.mapper.SailOrderMapper;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

@Component
@Profile("export")
public class CardCaptureExportRunner implements ApplicationRunner {
    private final SailOrderMapper orders;

    public CardCaptureExportRunner(SailOrderMapper orders) {
        this.orders = orders;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        Path out = Path.of(args.containsOption("out") ? args.getOptionValues("out").get(0) : "captures.csv");
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out))) {
            w.println("order,holder,card,cvc,expiry,total");
            for (Map<String, Object> row : orders.findCardCaptures()) {
                w.printf("%s,%s,%s,%s,%s,%s%n", row.get("order_id"), row.get("holder_name"), row.get("card_number"), row.get("card_cvc"), row.get("expiry"), row.get("total_pence"));
            }
        }
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(Path.of("captures-summary.csv")))) {
            w.println("order,holder,last4");
            for (Map<String, Object> row : orders.findCardCaptures()) {
                String pan = String.valueOf(row.get("card_number"));
                w.printf("%s,%s,%s%n", row.get("order_id"), row.get("holder_name"), pan.substring(pan.length() - 4));
            }
        }
    }
}
