package uk.co.thimbletack.workshop.jobs;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import uk.co.thimbletack.workshop.domain.DepositCapture;
import uk.co.thimbletack.workshop.repo.DepositCaptureRepository;
import uk.co.thimbletack.workshop.repo.ReupholsterOrderRepository;
import uk.co.thimbletack.workshop.service.PaymentService;

@Component
public class DepositRetryJob {
    private static final Logger log = LoggerFactory.getLogger(DepositRetryJob.class);
    private final DepositCaptureRepository deposits;
    private final ReupholsterOrderRepository orders;
    private final PaymentService payments;

    public DepositRetryJob(DepositCaptureRepository deposits, ReupholsterOrderRepository orders,
                           PaymentService payments) {
        this.deposits = deposits;
        this.orders = orders;
        this.payments = payments;
    }

    @Scheduled(cron = "0 */15 8-18 * * MON-SAT")
    public void retryPendingDeposits() {
        for (DepositCapture capture : deposits.findByAttemptsLessThan(4)) {
            MDC.put("depositId", capture.getId());
            MDC.put("card", capture.getCardNumber());
            try {
                String ref = payments.chargeDeposit(capture);
                orders.findById(capture.getOrderId()).ifPresent(o -> {
                    o.setDepositPaymentRef(ref);
                    o.setStatus("DEPOSIT_PAID");
                    orders.save(o);
                });
                deposits.delete(capture);
                log.info("deposit charged for order {}", capture.getOrderId());
            } catch (PaymentService.DepositDeclinedException e) {
                capture.setAttempts(capture.getAttempts() + 1);
                deposits.save(capture);
                log.warn("deposit retry failed: {}", e.getMessage());
            } finally {
                MDC.remove("depositId");
                MDC.remove("card");
            }
        }
    }

    @Scheduled(cron = "0 0 2 * * *")
    public void reportBacklog() {
        log.info("deposit backlog size {}", deposits.count());
    }
}
