package com.vermex.pest.visit;

import java.time.LocalDateTime;

public record Visit(long id, long customerId, String pest, LocalDateTime slot, String technician) {

    @Override
    public String toString() {
        return "Visit#" + id + "(" + pest + " @ " + slot + ")";
    }
}
