package com.verminguard.field.customer;

import io.helidon.dbclient.DbRow;

public record Customer(long id, String name, String email, String phone, String address,
                       String postcode, String siteType, String accessNotes) {

    public static Customer from(DbRow row) {
        return new Customer(
                row.column("id").get(Long.class),
                row.column("name").get(String.class),
                row.column("email").get(String.class),
                row.column("phone").get(String.class),
                row.column("address").get(String.class),
                row.column("postcode").get(String.class),
                row.column("site_type").get(String.class),
                row.column("access_notes").get(String.class));
    }
}
