package io.linguaverse.school.model;

import io.vertx.core.json.JsonObject;

/** Card data as posted by the checkout form; forwarded to the acquirer. */
public final class CardDetails {
  private final String holder;
  private final String number;
  private final String securityCode;
  private final int expMonth;
  private final int expYear;

  public CardDetails(String holder, String number, String securityCode, int expMonth, int expYear) {
    this.holder = holder;
    this.number = number;
    this.securityCode = securityCode;
    this.expMonth = expMonth;
    this.expYear = expYear;
  }

  public static CardDetails fromJson(JsonObject json) {
    return new CardDetails(
        json.getString("holder"),
        json.getString("number", "").replaceAll("\\s", ""),
        json.getString("securityCode"),
        json.getInteger("expMonth", 0),
        json.getInteger("expYear", 0));
  }

  public String holder() { return holder; }
  public String number() { return number; }
  public String securityCode() { return securityCode; }
  public int expMonth() { return expMonth; }
  public int expYear() { return expYear; }

  public String last4() {
    return number.length() >= 4 ? number.substring(number.length() - 4) : "";
  }

  public String masked() {
    return number.length() < 12 ? "****" : number.substring(0, 6) + "*".repeat(number.length() - 10) + last4();
  }

  @Override
  public String toString() {
    return "CardDetails{holder=" + holder + ", number=" + masked() + ", exp=" + expMonth + "/" + expYear + "}";
  }
}
