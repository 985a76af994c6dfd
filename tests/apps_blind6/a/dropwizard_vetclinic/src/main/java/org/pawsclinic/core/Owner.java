package org.pawsclinic.core;

import jakarta.persistence.*;

@Entity
@Table(name = "owners")
@NamedQueries({
    @NamedQuery(name = "Owner.findByEmail", query = "SELECT o FROM Owner o WHERE o.email = :email")
})
public class Owner {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private long id;

    @Column(name = "full_name", nullable = false)
    private String fullName;

    @Column(name = "email")
    private String email;

    @Column(name = "phone")
    private String phone;

    @Column(name = "email_opt_in")
    private boolean emailOptIn;

    public long getId() { return id; }
    public String getFullName() { return fullName; }
    public void setFullName(String fullName) { this.fullName = fullName; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public boolean isEmailOptIn() { return emailOptIn; }

    @Override
    public String toString() {
        return "Owner{id=" + id + ", fullName='" + fullName + "', email='" + email + "', phone='" + phone + "'}";
    }
}
