package com.claywheel.studio.model;

import java.time.LocalDate;

public record Member(long id, String fullName, String email, String phone, LocalDate dateOfBirth, String fobId) {}
