package com.verminguard.field.customer;

public record CustomerInput(String name, String email, String phone, String address, String postcode,
                            String siteType, String accessNotes, String pest) {
}
