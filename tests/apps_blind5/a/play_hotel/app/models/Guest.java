package models;

import io.ebean.Finder;
import io.ebean.Model;
import io.ebean.annotation.WhenCreated;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;

@Entity
public class Guest extends Model {

  public static final Finder<Long, Guest> find = new Finder<>(Guest.class);

  @Id public Long id;

  @Column(nullable = false, length = 80)
  public String firstName;

  @Column(nullable = false, length = 80)
  public String lastName;

  @Column(nullable = false, unique = true, length = 254)
  public String email;

  @Column(length = 32)
  public String phone;

  @Column(length = 2)
  public String nationality;

  @Column(length = 20)
  public String passportNumber;

  @Column(length = 16)
  public String loyaltyNumber;

  @WhenCreated public Instant whenCreated;

  public String fullName() {
    return firstName + " " + lastName;
  }

  @Override
  public String toString() {
    return "Guest{id=" + id + ", firstName=" + firstName + ", lastName=" + lastName + ", email=" + email + ", phone=" + phone + "}";
  }
}
