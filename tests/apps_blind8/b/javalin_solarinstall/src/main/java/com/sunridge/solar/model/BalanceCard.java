package com.sunridge.solar.model;

/** Row of balance_cards, mapped by Sql2o column names (pan, cvv2, ...). */
public class BalanceCard {
    public long id;
    public long quoteId;
    public String holderName;
    public String pan;
    public int expMonth;
    public int expYear;
    public String cvv2;

    @Override
    public String toString() {
        return "BalanceCard[quote=" + quoteId + ", holder=" + holderName + ", pan=" + pan + ", exp=" + expMonth + "/" + expYear + "]";
    }
}
