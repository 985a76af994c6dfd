package uk.co.harlowbells.foundry.model;

public record Contact(long id, long parishId, String fullName, String email, String phone, String postalAddress) {}
