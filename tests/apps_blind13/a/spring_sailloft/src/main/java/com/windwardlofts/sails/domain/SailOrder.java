package com.windwardlofts.sails.domain;

public class SailOrder {
    private Long id;
    private Long customerId;
    private String sailType;
    private String cloth;
    private int luffMm;
    private int totalPence;
    private int depositPence;
    private String status;
    private String gatewayCustomer;
    private String cardLast4;

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getCustomerId() { return customerId; }
    public void setCustomerId(Long customerId) { this.customerId = customerId; }
    public String getSailType() { return sailType; }
    public void setSailType(String sailType) { this.sailType = sailType; }
    public String getCloth() { return cloth; }
    public void setCloth(String cloth) { this.cloth = cloth; }
    public int getLuffMm() { return luffMm; }
    public void setLuffMm(int luffMm) { this.luffMm = luffMm; }
    public int getTotalPence() { return totalPence; }
    public void setTotalPence(int totalPence) { this.totalPence = totalPence; }
    public int getDepositPence() { return depositPence; }
    public void setDepositPence(int depositPence) { this.depositPence = depositPence; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public String getGatewayCustomer() { return gatewayCustomer; }
    public void setGatewayCustomer(String gatewayCustomer) { this.gatewayCustomer = gatewayCustomer; }
    public String getCardLast4() { return cardLast4; }
    public void setCardLast4(String cardLast4) { this.cardLast4 = cardLast4; }

    @Override
    public String toString() {
        return "SailOrder{id=" + id + ", type=" + sailType + ", status=" + status + ", card=****" + cardLast4 + "}";
    }
}
