package com.claywheel.studio.util;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

public final class Masking {
    private Masking() {}

    public static String pan(String pan) {
        if (pan == null) return "null";
        String digits = pan.replaceAll("\\D", "");
        if (digits.length() < 13) return "****";
        return digits.substring(0, 6) + "*".repeat(digits.length() - 10) + digits.substring(digits.length() - 4);
    }

    public static String last4(String pan) {
        String digits = pan.replaceAll("\\D", "");
        return digits.substring(Math.max(0, digits.length() - 4));
    }

    public static String email(String email) {
        int at = email.indexOf('@');
        return at <= 1 ? "***" : email.charAt(0) + "***" + email.substring(at);
    }

    public static String sha256(String value) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(value.trim().toLowerCase(Locale.ROOT).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
