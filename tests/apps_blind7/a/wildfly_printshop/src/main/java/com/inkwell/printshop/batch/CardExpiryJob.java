package com.inkwell.printshop.batch;

import com.inkwell.printshop.domain.BillingCard;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.jboss.logging.Logger;

/** Monthly: tells account managers which cards on file expire next month. */
@Singleton
public class CardExpiryJob {

    private static final Logger LOG = Logger.getLogger(CardExpiryJob.class);
    private static final DateTimeFormatter EXP = DateTimeFormatter.ofPattern("MM/yy");

    @PersistenceContext
    EntityManager em;

    @Schedule(dayOfMonth = "1", hour = "6", persistent = false)
    public void run() {
        String next = YearMonth.now().plusMonths(1).format(EXP);
        List<BillingCard> expiring = em.createQuery(
                "select b from BillingCard b join fetch b.customer where b.expiry = :exp", BillingCard.class)
                .setParameter("exp", next)
                .getResultList();
        Path out = Path.of(System.getProperty("jboss.server.data.dir", "/tmp"), "expiring-" + next.replace('/', '-') + ".csv");
        try (Writer w = Files.newBufferedWriter(out)) {
            w.write("customer_id,company,brand,last_digits,expiry\n");
            for (BillingCard card : expiring) {
                w.write(String.format("%d,%s,%s,%s,%s%n", card.getCustomer().getId(),
                        card.getCustomer().getCompanyName(), card.getCardBrand(), card.getLastDigits(),
                        card.getExpiry()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        LOG.infof("expiry report written: %d cards, file %s", expiring.size(), out);
    }
}
