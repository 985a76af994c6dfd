package com.beanhaus.roastery.model;

public class CardEntry {
    private String pan;
    private String securityCode;
    private String expiry;
    private String holder;

    public String getPan() { return pan; }
    public void setPan(String pan) { this.pan = pan; }
    public String getSecurityCode() { return securityCode; }
    public void setSecurityCode(String securityCode) { this.securityCode = securityCode; }
    public String getExpiry() { return expiry; }
    public void setExpiry(String expiry) { this.expiry = expiry; }
    public String getHolder() { return holder; }
    public void setHolder(String holder) { this.holder = holder; }

    public String last4() {
        return pan == null || pan.length() < 4 ? "" : pan.substring(pan.length() - 4);
    }

    @Override
    public String toString() {
        return "CardEntry[**** **** **** " + last4() + ", exp " + expiry + "]";
    }
}
