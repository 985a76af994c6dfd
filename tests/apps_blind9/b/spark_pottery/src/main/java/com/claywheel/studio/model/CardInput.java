package com.claywheel.studio.model;

import com.claywheel.studio.util.Masking;

/** Card fields as posted by the booking page; sent to the gateway and never stored by this class. */
public class CardInput {
    public String number;
    public String expiry;
    public String cvc;
    public String holder;

    @Override
    public String toString() {
        return "CardInput[" + Masking.pan(number) + ", exp " + expiry + "]";
    }
}
