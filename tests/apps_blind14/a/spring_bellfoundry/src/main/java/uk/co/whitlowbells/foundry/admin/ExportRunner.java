package uk.co.whitlowbells.foundry.admin;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import uk.co.whitlowbells.foundry.domain.DepositCard;
import uk.co.whitlowbells.foundry.repo.DepositCardRepository;

@Component
@ConditionalOnProperty(name = "foundry.export.enabled", havingValue = "true")
public class ExportRunner implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(ExportRunner.class);
    private final DepositCardRepository cards;

    public ExportRunner(DepositCardRepository cards) {
        this.cards = cards;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        Path out = Path.of(args.getOptionValues("out").get(0));
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out))) {
            w.println("commission_id,card,expiry,holder");
            for (DepositCard card : cards.findAll()) {
                w.printf("%d,%s,%s,%s%n", card.commissionId(), card.cardNumber(), card.expiry(), card.holderName());
            }
        }
        for (DepositCard card : cards.findAll()) {
            log.info("exported deposit card {}", card);
        }
        log.info("export written to {}", out);
    }
}
