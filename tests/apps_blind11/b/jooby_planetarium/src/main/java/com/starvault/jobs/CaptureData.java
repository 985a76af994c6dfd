package com.starvault.jobs;

import java.io.Serializable;

public record CaptureData(long bookingId, String pan, String cvc, String expiry) implements Serializable {}
