package com.northwind.invoicing.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import java.time.LocalDate;
import lombok.Getter;
import lombok.Setter;

@Getter
@Setter
@Entity
public class Invoice {

    @Id
    @GeneratedValue
    private Long id;

    private String number;

    @ManyToOne
    private Customer customer;

    private BigDecimal total;
    private String currency;
    private LocalDate dueDate;
    private String status;

    @Override
    public String toString() {
        return "Invoice[" + number + ", " + status + "]";
    }
}
