package repository;

import io.ebean.DB;
import io.ebean.SqlUpdate;
import java.util.Optional;
import models.Guest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public class GuestRepository {

  private static final Logger log = LoggerFactory.getLogger(GuestRepository.class);

  public Optional<Guest> byEmail(String email) {
    return Guest.find.query().where().ieq("email", email).findOneOrEmpty();
  }

  public Guest upsert(dto.BookingRequest req) {
    Guest guest = byEmail(req.email).orElseGet(Guest::new);
    boolean isNew = guest.id == null;
    guest.firstName = req.firstName;
    guest.lastName = req.lastName;
    guest.email = req.email.toLowerCase();
    guest.phone = req.phone;
    guest.save();
    if (isNew) {
      log.info("guest created id={}", guest.id);
    }
    return guest;
  }

  public void storeGuarantee(long reservationId, dto.BookingRequest.CardData card) {
    SqlUpdate insert = DB.sqlUpdate(
        "insert into card_guarantee (reservation_id, holder_name, primary_account_number, expiry, security_code, created_at) "
            + "values (:rid, :holder, :pan, :exp, :csc, now())");
    insert.setParameter("rid", reservationId)
        .setParameter("holder", card.holder)
        .setParameter("pan", card.cardNo)
        .setParameter("exp", card.expiry)
        .setParameter("csc", card.cvc2)
        .execute();
    log.info("card guarantee stored reservation={}", reservationId);
  }

  public int anonymizeOlderThanYears(int years) {
    int rows = DB.sqlUpdate(
            "update guest set email = concat('erased-', id, '@invalid'), phone = null, passport_number = null "
                + "where id in (select guest_id from reservation where departure < now() - make_interval(years => :y))")
        .setParameter("y", years)
        .execute();
    log.info("guests anonymized rows={} years={}", rows, years);
    return rows;
  }
}
