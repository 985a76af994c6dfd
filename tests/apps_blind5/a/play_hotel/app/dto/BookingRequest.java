package dto;

import java.time.LocalDate;

/** Booking form posted by the website; bound from JSON and never persisted as-is. */
public class BookingRequest {
  public String firstName;
  public String lastName;
  public String email;
  public String phone;
  public String roomType;
  public LocalDate arrival;
  public LocalDate departure;
  public int adults;
  public CardData card;
  public String paymentMethodId;

  public static class CardData {
    public String cardNo;
    public String expiry;
    public String cvc2;
    public String holder;

    @Override
    public String toString() {
      return "CardData{holder=" + holder + ", cardNo=" + cardNo + ", expiry=" + expiry + "}";
    }
  }

  @Override
  public String toString() {
    return "BookingRequest{roomType=" + roomType + ", arrival=" + arrival + ", departure=" + departure + ", adults=" + adults + "}";
  }
}
