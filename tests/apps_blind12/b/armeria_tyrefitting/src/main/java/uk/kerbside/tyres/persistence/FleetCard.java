package uk.kerbside.tyres.persistence;

import org.apache.cayenne.BaseDataObject;

public class FleetCard extends BaseDataObject {
    public String getGatewayToken() { return (String) readProperty("gatewayToken"); }
    public void setGatewayToken(String v) { writeProperty("gatewayToken", v); }
    public String getLast4() { return (String) readProperty("last4"); }
    public void setLast4(String v) { writeProperty("last4", v); }
    /** Fuel card account reference from the fleet's fuel supplier (not a payment card number). */
    public String getFuelCardRef() { return (String) readProperty("fuelCardRef"); }
    public void setFuelCardRef(String v) { writeProperty("fuelCardRef", v); }
    public void setCustomer(Customer c) { setToOneTarget("customer", c, true); }
}
