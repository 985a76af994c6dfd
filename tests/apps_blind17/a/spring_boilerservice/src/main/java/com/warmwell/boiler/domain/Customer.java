package com.warmwell.boiler.domain;

import jakarta.persistence.*;

@Entity
@Table(name = "customers")
public class Customer {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String fullName;
    private String email;
    private String phone;
    private String addressLine;
    private String postcode;
    private Long keapContactId;

    public Long getId() { return id; }
    public String getFullName() { return fullName; }
    public void setFullName(String v) { this.fullName = v; }
    public String getEmail() { return email; }
    public void setEmail(String v) { this.email = v; }
    public String getPhone() { return phone; }
    public void setPhone(String v) { this.phone = v; }
    public String getAddressLine() { return addressLine; }
    public void setAddressLine(String v) { this.addressLine = v; }
    public String getPostcode() { return postcode; }
    public void setPostcode(String v) { this.postcode = v; }
    public Long getKeapContactId() { return keapContactId; }
    public void setKeapContactId(Long v) { this.keapContactId = v; }

    @Override
    public String toString() {
        return "Customer{id=" + id + ", name=" + fullName + ", email=" + email + ", address=" + addressLine + " " + postcode + "}";
    }
}
