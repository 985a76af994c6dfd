package com.starvault.models;

import org.javalite.activejdbc.Model;
import org.javalite.activejdbc.annotations.BelongsTo;
import org.javalite.activejdbc.annotations.Table;

@Table("box_office_cards")
@BelongsTo(parent = ShowBooking.class, foreignKeyName = "booking_id")
public class BoxOfficeCard extends Model {
  static {
    validatePresenceOf("card_number", "expiry");
  }
}
