package models;

import io.ebean.Model;
import io.ebean.annotation.WhenCreated;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;

/** Card details kept to guarantee late arrivals for rate plans the channel manager sends without a token. */
@Entity
public class CardGuarantee extends Model {

  @Id public Long id;

  public Long reservationId;

  @Column(nullable = false, length = 120)
  public String holderName;

  @Column(nullable = false, length = 19)
  public String primaryAccountNumber;

  @Column(nullable = false, length = 5)
  public String expiry;

  @Column(length = 4)
  public String securityCode;

  @WhenCreated public Instant createdAt;
}
