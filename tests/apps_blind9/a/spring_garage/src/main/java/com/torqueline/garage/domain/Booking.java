package com.torqueline.garage.domain;

import jakarta.persistence.*;
import java.time.OffsetDateTime;
import lombok.Getter;
import lombok.Setter;

@Entity
@Table(name = "bookings")
@Getter
@Setter
public class Booking {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Vehicle vehicle;

    private String branchCode;
    private String serviceType;
    private OffsetDateTime slotStart;
    private String status = "BOOKED";
    private String gmsJobRef;

    @Override
    public String toString() {
        return "Booking[" + id + " " + serviceType + " @" + branchCode + " " + slotStart + "]";
    }
}
