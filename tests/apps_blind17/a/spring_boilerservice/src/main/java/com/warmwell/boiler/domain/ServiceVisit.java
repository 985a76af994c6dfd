package com.warmwell.boiler.domain;

import jakarta.persistence.*;
import java.time.LocalDateTime;

@Entity
@Table(name = "service_visits")
public class ServiceVisit {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long customerId;
    private LocalDateTime scheduledFor;
    private String appliance;
    private String certificateNo;
    private String status = "booked";

    protected ServiceVisit() {}

    public ServiceVisit(Long customerId, LocalDateTime scheduledFor, String appliance) {
        this.customerId = customerId;
        this.scheduledFor = scheduledFor;
        this.appliance = appliance;
    }

    public Long getId() { return id; }
    public Long getCustomerId() { return customerId; }
    public LocalDateTime getScheduledFor() { return scheduledFor; }
    public String getAppliance() { return appliance; }
    public void setCertificateNo(String v) { this.certificateNo = v; }
    public void setStatus(String v) { this.status = v; }
}
