package io.fleetly.domain;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

import java.time.LocalDate;

@MappedEntity("drivers")
public class Driver {

    @Id
    @GeneratedValue
    private Long id;

    @MappedProperty("employee_no")
    private String employeeNo;

    @MappedProperty("full_name")
    private String fullName;

    private String email;

    private String mobile;

    @MappedProperty("licence_number")
    private String licenceNumber;

    @MappedProperty("licence_expiry")
    private LocalDate licenceExpiry;

    @MappedProperty("home_depot_id")
    private Long homeDepotId;

    private boolean active = true;

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getEmployeeNo() { return employeeNo; }
    public void setEmployeeNo(String employeeNo) { this.employeeNo = employeeNo; }
    public String getFullName() { return fullName; }
    public void setFullName(String fullName) { this.fullName = fullName; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getMobile() { return mobile; }
    public void setMobile(String mobile) { this.mobile = mobile; }
    public String getLicenceNumber() { return licenceNumber; }
    public void setLicenceNumber(String licenceNumber) { this.licenceNumber = licenceNumber; }
    public LocalDate getLicenceExpiry() { return licenceExpiry; }
    public void setLicenceExpiry(LocalDate licenceExpiry) { this.licenceExpiry = licenceExpiry; }
    public Long getHomeDepotId() { return homeDepotId; }
    public void setHomeDepotId(Long homeDepotId) { this.homeDepotId = homeDepotId; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }

    @Override
    public String toString() {
        return "Driver{id=" + id + ", employeeNo=" + employeeNo + ", fullName=" + fullName
                + ", email=" + email + ", mobile=" + mobile + "}";
    }
}
