package com.cellardoor.tours.domain;

import java.time.LocalDate;

import jakarta.persistence.*;

@Entity
@Table(name = "guest")
public class Guest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String fullName;
    private String email;
    private String phone;
    private LocalDate dateOfBirth;
    private String hotel;

    protected Guest() {}

    public Guest(String fullName, String email, String phone, LocalDate dateOfBirth, String hotel) {
        this.fullName = fullName;
        this.email = email;
        this.phone = phone;
        this.dateOfBirth = dateOfBirth;
        this.hotel = hotel;
    }

    public Long getId() { return id; }
    public String getFullName() { return fullName; }
    public String getEmail() { return email; }
    public String getPhone() { return phone; }
    public LocalDate getDateOfBirth() { return dateOfBirth; }
    public String getHotel() { return hotel; }

    @Override
    public String toString() {
        return "Guest{id=" + id + ", fullName='" + fullName + "', email='" + email + "', dateOfBirth=" + dateOfBirth + "}";
    }
}
