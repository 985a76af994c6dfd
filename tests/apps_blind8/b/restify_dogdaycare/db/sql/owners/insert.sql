INSERT INTO owners (full_name, email, phone, street_address, postcode, password_hash)
VALUES (${fullName}, ${email}, ${phone}, ${streetAddress}, ${postcode}, ${passwordHash})
RETURNING id, full_name, email, phone, created_at
