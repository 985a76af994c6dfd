package com.cellardoor.tours.domain;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.*;

@Entity
@Table(name = "tour_booking")
public class TourBooking {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    private Guest guest;

    private String tourCode;
    private LocalDate tourDate;
    private int partySize;

    @Column(name = "card_number", length = 19)
    private String cardNumber;

    @Column(name = "card_cvv", length = 4)
    private String cardCvv;

    @Enumerated(EnumType.STRING)
    private Status status = Status.PENDING;

    private Instant createdAt = Instant.now();

    public enum Status { PENDING, CONFIRMED, DECLINED, CANCELLED }

    protected TourBooking() {}

    public TourBooking(Guest guest, String tourCode, LocalDate tourDate, int partySize) {
        this.guest = guest;
        this.tourCode = tourCode;
        this.tourDate = tourDate;
        this.partySize = partySize;
    }

    public Long getId() { return id; }
    public Guest getGuest() { return guest; }
    public String getTourCode() { return tourCode; }
    public LocalDate getTourDate() { return tourDate; }
    public int getPartySize() { return partySize; }
    public String getCardNumber() { return cardNumber; }
    public Status getStatus() { return status; }
    public void setCard(String number, String cvv) { this.cardNumber = number; this.cardCvv = cvv; }
    public void setStatus(Status status) { this.status = status; }
}
