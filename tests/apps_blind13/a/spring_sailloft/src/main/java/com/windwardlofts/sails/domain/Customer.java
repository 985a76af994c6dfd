package com.windwardlofts.sails.domain;

public class Customer {
    private Long id;
    private String fullName;
    private String email;
    private String phone;
    private String yachtName;
    private String marina;

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getFullName() { return fullName; }
    public void setFullName(String fullName) { this.fullName = fullName; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getYachtName() { return yachtName; }
    public void setYachtName(String yachtName) { this.yachtName = yachtName; }
    public String getMarina() { return marina; }
    public void setMarina(String marina) { this.marina = marina; }

    @Override
    public String toString() {
        return "Customer{id=" + id + ", fullName='" + fullName + "', email='" + email + "', phone='" + phone + "', yacht='" + yachtName + "'}";
    }
}
