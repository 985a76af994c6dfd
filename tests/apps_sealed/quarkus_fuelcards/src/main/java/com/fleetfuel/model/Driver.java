package com.fleetfuel.model;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import java.time.LocalDate;

@Entity
public class Driver extends PanacheEntity {

    @Column(nullable = false, unique = true)
    public String email;

    public String fullName;

    public String mobile;

    @Column(name = "national_id")
    public String nationalId;

    public LocalDate birthdate;

    public String licencePlate;

    public Long fleetId;

    public static Driver findByEmail(String email) {
        return find("email", email).firstResult();
    }

    @Override
    public String toString() {
        return "Driver{id=" + id + ", email=" + email + ", fullName=" + fullName + ", mobile=" + mobile + ", nationalId=" + nationalId + "}";
    }
}
