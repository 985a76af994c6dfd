package com.lockside.hire.domain;

import jakarta.persistence.*;
import java.time.LocalDate;

@Entity
@Table(name = "holiday_bookings")
public class HolidayBooking {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "hirer_id")
    private Hirer hirer;
    private String boatCode;
    private LocalDate startDate;
    private int nights;
    private long totalPence;
    private String status = "PROVISIONAL";

    public Long getId() { return id; }
    public Hirer getHirer() { return hirer; }
    public void setHirer(Hirer hirer) { this.hirer = hirer; }
    public String getBoatCode() { return boatCode; }
    public void setBoatCode(String boatCode) { this.boatCode = boatCode; }
    public LocalDate getStartDate() { return startDate; }
    public void setStartDate(LocalDate startDate) { this.startDate = startDate; }
    public int getNights() { return nights; }
    public void setNights(int nights) { this.nights = nights; }
    public long getTotalPence() { return totalPence; }
    public void setTotalPence(long totalPence) { this.totalPence = totalPence; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
}
