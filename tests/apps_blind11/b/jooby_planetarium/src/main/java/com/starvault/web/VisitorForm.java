package com.starvault.web;

public record VisitorForm(String email, String fullName, String phone, String birthDate, String schoolName, String password) {}
