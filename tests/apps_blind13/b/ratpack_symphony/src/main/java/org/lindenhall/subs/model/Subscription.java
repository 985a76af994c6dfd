package org.lindenhall.subs.model;

public class Subscription {
    public long id;
    public long patronId;
    public String season;
    public String series;
    public String seatRef;
    public int pricePence;
    public String status;

    @Override
    public String toString() {
        return "Subscription{id=" + id + ", season=" + season + ", series=" + series + ", status=" + status + "}";
    }
}
