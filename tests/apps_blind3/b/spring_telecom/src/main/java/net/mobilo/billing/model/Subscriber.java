package net.mobilo.billing.model;

import lombok.AllArgsConstructor;
import lombok.Data;
import lombok.NoArgsConstructor;

import java.time.LocalDate;

@Data
@NoArgsConstructor
@AllArgsConstructor
public class Subscriber {
    private Long id;
    private String msisdn;
    private String fullName;
    private LocalDate dateOfBirth;
    private String nationalId;
    private String email;
}
