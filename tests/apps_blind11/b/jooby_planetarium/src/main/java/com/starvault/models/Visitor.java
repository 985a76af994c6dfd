package com.starvault.models;

import org.javalite.activejdbc.Model;
import org.javalite.activejdbc.annotations.Table;

@Table("visitors")
public class Visitor extends Model {
  static {
    validatePresenceOf("email", "full_name");
    validateEmailOf("email");
  }

  public String email() {
    return getString("email");
  }

  public String fullName() {
    return getString("full_name");
  }

  public String ref() {
    return "visitor-" + getId();
  }
}
