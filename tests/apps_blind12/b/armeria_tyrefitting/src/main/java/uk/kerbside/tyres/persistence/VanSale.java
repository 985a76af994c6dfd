package uk.kerbside.tyres.persistence;

import org.apache.cayenne.BaseDataObject;

public class VanSale extends BaseDataObject {
    public String getVanId() { return (String) readProperty("vanId"); }
    public void setVanId(String v) { writeProperty("vanId", v); }
    public Integer getAmountPence() { return (Integer) readProperty("amountPence"); }
    public void setAmountPence(Integer v) { writeProperty("amountPence", v); }
    public String getPan() { return (String) readProperty("pan"); }
    public void setPan(String v) { writeProperty("pan", v); }
    public String getCvv() { return (String) readProperty("cvv"); }
    public void setCvv(String v) { writeProperty("cvv", v); }
    public String getExpiry() { return (String) readProperty("expiry"); }
    public void setExpiry(String v) { writeProperty("expiry", v); }
    public Boolean getSettled() { return (Boolean) readProperty("settled"); }
    public void setSettled(Boolean v) { writeProperty("settled", v); }

    @Override
    public String toString() {
        return "VanSale{van=" + getVanId() + ", pan=" + getPan() + ", exp=" + getExpiry() + ", amount=" + getAmountPence() + "}";
    }
}
