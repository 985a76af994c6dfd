package models;

import io.ebean.Model;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class IncidentalHold extends Model {

  @Id public Long id;

  public Long reservationId;

  @Column(nullable = false, length = 64)
  public String preauthId;

  public long amountCents;

  @Column(length = 6)
  public String cardBin;

  @Column(length = 4)
  public String cardLastFour;

  public boolean released;
}
