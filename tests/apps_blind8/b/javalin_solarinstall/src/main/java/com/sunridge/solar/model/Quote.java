package com.sunridge.solar.model;

import java.math.BigDecimal;

public class Quote {
    private long id;
    private long customerId;
    private int panelCount;
    private String panelModel;
    private Short roofAzimuth;
    private BigDecimal systemKw;
    private long priceCents;
    private String status;

    public long getId() { return id; }
    public long getCustomerId() { return customerId; }
    public int getPanelCount() { return panelCount; }
    public String getPanelModel() { return panelModel; }
    public BigDecimal getSystemKw() { return systemKw; }
    public long getPriceCents() { return priceCents; }
    public String getStatus() { return status; }

    @Override
    public String toString() {
        return "Quote{id=" + id + ", customer=" + customerId + ", panels=" + panelCount + "x" + panelModel + ", status=" + status + "}";
    }
}
