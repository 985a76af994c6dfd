package uk.co.whitlowbells.foundry.domain;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

@Table("customer")
public class Customer {
    @Id
    private Long id;
    private String fullName;
    private String email;
    private String phone;
    private String parish;
    private String postalAddress;

    public Customer() {}

    public Customer(String fullName, String email, String phone, String parish, String postalAddress) {
        this.fullName = fullName;
        this.email = email;
        this.phone = phone;
        this.parish = parish;
        this.postalAddress = postalAddress;
    }

    public Long getId() { return id; }
    public String getFullName() { return fullName; }
    public String getEmail() { return email; }
    public String getPhone() { return phone; }
    public String getParish() { return parish; }
    public String getPostalAddress() { return postalAddress; }

    @Override
    public String toString() {
        return "Customer{id=" + id + ", fullName=" + fullName + ", email=" + email + ", parish=" + parish + "}";
    }
}
