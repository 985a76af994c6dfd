package uk.kerbside.tyres.persistence;

import org.apache.cayenne.BaseDataObject;
import org.apache.cayenne.exp.property.PropertyFactory;
import org.apache.cayenne.exp.property.StringProperty;

public class Customer extends BaseDataObject {
    public static final StringProperty<String> FULL_NAME = PropertyFactory.createString("fullName", String.class);
    public static final StringProperty<String> EMAIL = PropertyFactory.createString("email", String.class);
    public static final StringProperty<String> MOBILE = PropertyFactory.createString("mobile", String.class);
    public static final StringProperty<String> POSTCODE = PropertyFactory.createString("postcode", String.class);

    public String getFullName() { return (String) readProperty("fullName"); }
    public void setFullName(String v) { writeProperty("fullName", v); }
    public String getEmail() { return (String) readProperty("email"); }
    public void setEmail(String v) { writeProperty("email", v); }
    public String getMobile() { return (String) readProperty("mobile"); }
    public void setMobile(String v) { writeProperty("mobile", v); }
    public String getAddressLine() { return (String) readProperty("addressLine"); }
    public void setAddressLine(String v) { writeProperty("addressLine", v); }
    public String getPostcode() { return (String) readProperty("postcode"); }
    public void setPostcode(String v) { writeProperty("postcode", v); }
    public String getVehicleReg() { return (String) readProperty("vehicleReg"); }
    public void setVehicleReg(String v) { writeProperty("vehicleReg", v); }

    @Override
    public String toString() {
        return "Customer{" + getFullName() + ", " + getEmail() + ", " + getMobile() + ", " + getAddressLine() + " " + getPostcode() + "}";
    }
}
