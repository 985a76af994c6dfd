package org.lindenhall.subs.model;

public class StoredCard {
    public long id;
    public long patronId;
    public String crescendoToken;
    public String lastFour;
    public String expiry;
}
