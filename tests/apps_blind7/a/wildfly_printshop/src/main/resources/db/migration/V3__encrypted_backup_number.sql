-- the backup copy is written through AesAttributeConverter, so it holds base64 AES-GCM ciphertext
ALTER TABLE billing_cards ADD COLUMN backup_number VARCHAR(128);
ALTER TABLE print_jobs ADD COLUMN proof_pan_offset INT DEFAULT 0;
