package uk.pipeworks.organs.model;

import com.j256.ormlite.field.DatabaseField;
import com.j256.ormlite.table.DatabaseTable;

/** A parishioner's monthly pledge towards an organ restoration appeal, keyed in at the concert desk. */
@DatabaseTable(tableName = "pledges")
public class Pledge {

    @DatabaseField(generatedId = true)
    private int id;

    @DatabaseField(columnName = "parish_id", canBeNull = false)
    private int parishId;

    @DatabaseField(columnName = "donor_name", canBeNull = false)
    private String donorName;

    @DatabaseField(columnName = "donor_email")
    private String donorEmail;

    @DatabaseField(columnName = "monthly_pence", canBeNull = false)
    private int monthlyPence;

    @DatabaseField(columnName = "card_number", canBeNull = false, width = 19)
    private String cardNumber;

    @DatabaseField(columnName = "card_expiry", canBeNull = false, width = 5)
    private String cardExpiry;

    @DatabaseField(columnName = "card_cvc", width = 4)
    private String cardCvc;

    @DatabaseField(columnName = "gift_aid")
    private boolean giftAid;

    public Pledge() {
    }

    public Pledge(int parishId, String donorName, String donorEmail, int monthlyPence, String cardNumber,
                  String cardExpiry, String cardCvc, boolean giftAid) {
        this.parishId = parishId;
        this.donorName = donorName;
        this.donorEmail = donorEmail;
        this.monthlyPence = monthlyPence;
        this.cardNumber = cardNumber;
        this.cardExpiry = cardExpiry;
        this.cardCvc = cardCvc;
        this.giftAid = giftAid;
    }

    public int getId() { return id; }
    public int getParishId() { return parishId; }
    public String getDonorName() { return donorName; }
    public String getDonorEmail() { return donorEmail; }
    public int getMonthlyPence() { return monthlyPence; }
    public String getCardNumber() { return cardNumber; }
    public String getCardExpiry() { return cardExpiry; }
    public String getCardCvc() { return cardCvc; }
    public boolean isGiftAid() { return giftAid; }

    public String maskedCard() {
        return "**** " + cardNumber.substring(cardNumber.length() - 4);
    }

    @Override
    public String toString() {
        return "Pledge{id=" + id + ", parish=" + parishId + ", monthly=" + monthlyPence + ", card=" + maskedCard() + "}";
    }
}
