package org.lindenhall.subs.model;

import java.time.Instant;

public record Patron(long id, String fullName, String email, String phone, String addressLine, String postcode,
                     String accessNeeds, Instant createdAt) {

    public String describe() {
        return "patron#" + id;
    }
}
