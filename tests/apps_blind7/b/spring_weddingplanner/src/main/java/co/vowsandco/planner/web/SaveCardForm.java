package co.vowsandco.planner.web;

/** Card details posted once to be tokenised at the gateway; never stored. */
public class SaveCardForm {

    private String primaryAccountNumber;
    private String securityCode;
    private short expMonth;
    private short expYear;

    public String getPrimaryAccountNumber() { return primaryAccountNumber; }
    public void setPrimaryAccountNumber(String primaryAccountNumber) { this.primaryAccountNumber = primaryAccountNumber; }
    public String getSecurityCode() { return securityCode; }
    public void setSecurityCode(String securityCode) { this.securityCode = securityCode; }
    public short getExpMonth() { return expMonth; }
    public void setExpMonth(short expMonth) { this.expMonth = expMonth; }
    public short getExpYear() { return expYear; }
    public void setExpYear(short expYear) { this.expYear = expYear; }

    @Override
    public String toString() {
        String pan = primaryAccountNumber == null ? "" : primaryAccountNumber;
        return "SaveCardForm{pan=****" + pan.substring(Math.max(0, pan.length() - 4)) + ", exp=" + expMonth + "/" + expYear + "}";
    }
}
