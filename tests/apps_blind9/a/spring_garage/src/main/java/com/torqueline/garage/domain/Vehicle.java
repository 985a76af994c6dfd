package com.torqueline.garage.domain;

import jakarta.persistence.*;
import java.time.LocalDate;
import lombok.Getter;
import lombok.Setter;
import lombok.ToString;

@Entity
@Table(name = "vehicles")
@Getter
@Setter
@ToString(onlyExplicitlyIncluded = true)
public class Vehicle {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @ToString.Include
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    private Customer customer;

    @ToString.Include
    private String registration;

    private String vin;
    private String makeModel;
    private LocalDate motDue;
}
