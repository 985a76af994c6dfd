package org.pawsclinic.db;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.pawsclinic.core.KeyRing;

/** Encrypts card numbers with AES-GCM using the clinic's KMS-managed data key. */
@Converter
public class CardNumberConverter implements AttributeConverter<String, byte[]> {
    @Override
    public byte[] convertToDatabaseColumn(String plain) {
        return plain == null ? null : KeyRing.current().encrypt(plain);
    }

    @Override
    public String convertToEntityAttribute(byte[] cipher) {
        return cipher == null ? null : KeyRing.current().decrypt(cipher);
    }
}
