package uk.pipeworks.organs.model;

import com.j256.ormlite.field.DatabaseField;
import com.j256.ormlite.table.DatabaseTable;

@DatabaseTable(tableName = "contract_payments")
public class ContractPayment {

    @DatabaseField(generatedId = true)
    private int id;

    @DatabaseField(columnName = "parish_id", foreign = false)
    private int parishId;

    @DatabaseField(canBeNull = false)
    private String stage;

    @DatabaseField(columnName = "amount_pence")
    private int amountPence;

    @DatabaseField(columnName = "gateway_token", canBeNull = false)
    private String gatewayToken;

    @DatabaseField(columnName = "card_last4", width = 4)
    private String cardLast4;

    public ContractPayment() {
    }

    public ContractPayment(int parishId, String stage, int amountPence, String gatewayToken, String cardLast4) {
        this.parishId = parishId;
        this.stage = stage;
        this.amountPence = amountPence;
        this.gatewayToken = gatewayToken;
        this.cardLast4 = cardLast4;
    }

    public int getId() { return id; }
    public String getCardLast4() { return cardLast4; }
}
