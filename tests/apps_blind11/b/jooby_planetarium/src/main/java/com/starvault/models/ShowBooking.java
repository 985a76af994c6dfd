package com.starvault.models;

import org.javalite.activejdbc.Model;
import org.javalite.activejdbc.annotations.BelongsTo;
import org.javalite.activejdbc.annotations.Table;

@Table("show_bookings")
@BelongsTo(parent = Visitor.class, foreignKeyName = "visitor_id")
public class ShowBooking extends Model {}
