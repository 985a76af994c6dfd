package models;

import io.ebean.Finder;
import io.ebean.Model;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;

@Entity
public class Reservation extends Model {

  public static final Finder<Long, Reservation> find = new Finder<>(Reservation.class);

  public enum Status { HELD, CONFIRMED, CHECKED_IN, CHECKED_OUT, CANCELLED }

  @Id public Long id;

  @Column(nullable = false, unique = true, length = 10)
  public String code;

  @ManyToOne(optional = false)
  public Guest guest;

  @Column(nullable = false, length = 20)
  public String roomType;

  public LocalDate arrival;
  public LocalDate departure;
  public int adults;
  public long totalCents;
  public Status status = Status.HELD;

  @Column(length = 64)
  public String paymentToken;

  @Column(length = 16)
  public String cardBrand;

  @Column(length = 4)
  public String cardLastFour;

  @Override
  public String toString() {
    return "Reservation{code=" + code + ", status=" + status + ", arrival=" + arrival + "}";
  }
}
