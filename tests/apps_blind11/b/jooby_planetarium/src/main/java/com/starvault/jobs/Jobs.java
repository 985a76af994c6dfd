package com.starvault.jobs;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import com.starvault.clients.GatewayApi;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import javax.sql.DataSource;
import org.javalite.activejdbc.Base;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public final class Jobs {
  private static final Logger log = LoggerFactory.getLogger(Jobs.class);
  private final Scheduler scheduler;
  private final OneTimeTask<CaptureData> capture;

  public Jobs(DataSource ds, GatewayApi gateway) {
    capture = Tasks.oneTime("box-office-capture", CaptureData.class)
        .execute((inst, ctx) -> {
          CaptureData d = inst.getData();
          Map<String, Object> res = gateway.pay(Map.of("card", Map.of("number", d.pan(), "cvc", d.cvc(), "expiry", d.expiry()), "reference", "bo-" + d.bookingId()));
          if (!"captured".equals(res.get("status"))) {
            log.error("capture failed {}", d);
            log.warn("capture will not be retried booking={} reason={}", d.bookingId(), res.get("decline_code"));
          } else {
            log.info("capture ok booking={} status={}", d.bookingId(), res.get("status"));
          }
        });
    RecurringTask<Void> purge = Tasks.recurring("purge-box-office-cards", FixedDelay.ofHours(6))
        .execute((inst, ctx) -> {
          int n = Base.exec("DELETE FROM box_office_cards WHERE created_at < now() - interval '2 days'");
          log.info("purged {} box office cards", n);
        });
    scheduler = Scheduler.create(ds, capture).startTasks(purge).threads(2).pollingInterval(Duration.ofSeconds(10)).build();
  }

  public void start() {
    scheduler.start();
  }

  public void scheduleCapture(long bookingId, String pan, String cvc, String expiry) {
    scheduler.schedule(capture.instance("bo-" + bookingId, new CaptureData(bookingId, pan, cvc, expiry)), Instant.now().plusSeconds(30));
  }
}
