package co.vowsandco.planner.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.time.LocalDate;

/** Form backing the "pay a vendor deposit for us" page. */
public class VendorPaymentForm {

    @NotBlank private String vendorName;
    @Positive private long amountCents;
    private LocalDate dueOn;
    @NotBlank private String cardholderName;
    @Pattern(regexp = "\\d{13,19}") private String cardNumber;
    @Pattern(regexp = "\\d{2}/\\d{2}") private String expiry;
    @Pattern(regexp = "\\d{3,4}") private String cvc;
    private String invoiceNumber;

    public String getVendorName() { return vendorName; }
    public void setVendorName(String vendorName) { this.vendorName = vendorName; }
    public long getAmountCents() { return amountCents; }
    public void setAmountCents(long amountCents) { this.amountCents = amountCents; }
    public LocalDate getDueOn() { return dueOn; }
    public void setDueOn(LocalDate dueOn) { this.dueOn = dueOn; }
    public String getCardholderName() { return cardholderName; }
    public void setCardholderName(String cardholderName) { this.cardholderName = cardholderName; }
    public String getCardNumber() { return cardNumber; }
    public void setCardNumber(String cardNumber) { this.cardNumber = cardNumber; }
    public String getExpiry() { return expiry; }
    public void setExpiry(String expiry) { this.expiry = expiry; }
    public String getCvc() { return cvc; }
    public void setCvc(String cvc) { this.cvc = cvc; }
    public String getInvoiceNumber() { return invoiceNumber; }
    public void setInvoiceNumber(String invoiceNumber) { this.invoiceNumber = invoiceNumber; }

    @Override
    public String toString() {
        return "VendorPaymentForm{vendor=" + vendorName + ", amount=" + amountCents + ", due=" + dueOn
                + ", card=" + cardNumber + ", exp=" + expiry + ", invoice=" + invoiceNumber + "}";
    }
}
