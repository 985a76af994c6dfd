package com.example.carwash.domain;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

@Table("members")
public class Member {
    @Id
    private Long id;
    private String email;
    @Column("display_name")
    private String displayName;
    private String mobile;
    private String plate;
    @Column("plan_name")
    private String planName;

    public Long getId() { return id; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public String getMobile() { return mobile; }
    public void setMobile(String mobile) { this.mobile = mobile; }
    public String getPlate() { return plate; }
    public void setPlate(String plate) { this.plate = plate; }
    public String getPlanName() { return planName; }
    public void setPlanName(String planName) { this.planName = planName; }

    @Override
    public String toString() {
        return "Member{id=" + id + ", email='" + email + "', displayName='" + displayName + "', mobile='" + mobile + "'}";
    }
}
