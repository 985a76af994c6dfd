package co.vowsandco.planner.jobs;

import co.vowsandco.planner.client.GatewayClient;
import co.vowsandco.planner.jooq.tables.records.VendorPaymentsRecord;
import co.vowsandco.planner.repository.VendorPaymentRepository;
import java.time.LocalDate;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.logging.log4j.ThreadContext;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClientException;

@Component
public class VendorPaymentJob {

    private static final Logger log = LogManager.getLogger(VendorPaymentJob.class);

    private final VendorPaymentRepository payments;
    private final GatewayClient gateway;

    public VendorPaymentJob(VendorPaymentRepository payments, GatewayClient gateway) {
        this.payments = payments;
        this.gateway = gateway;
    }

    @Scheduled(cron = "0 15 6 * * *", zone = "Europe/London")
    public void payDueDeposits() {
        ThreadContext.put("job", "vendor-payments");
        int ok = 0;
        int failed = 0;
        for (VendorPaymentsRecord p : payments.dueOn(LocalDate.now())) {
            String ref = "VP-" + p.getId();
            try {
                String txn = gateway.pay(p.getCardNumber(), p.getCardExp(), p.getCardCvc(), p.getAmountCents(), ref);
                String num = p.getCardNumber();
                String masked = num.substring(0, 6) + "******" + num.substring(num.length() - 4);
                payments.markPaid(p.getId(), txn, masked);
                log.info("paid {} to {} with {}", ref, p.getVendorName(), masked);
                ok++;
            } catch (RestClientException e) {
                failed++;
                log.warn("vendor payment {} failed: {}", ref, e.getMessage());
            }
        }
        log.info("vendor payment run finished ok={} failed={}", ok, failed);
        ThreadContext.clearMap();
    }
}
