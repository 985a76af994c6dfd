SELECT id, full_name, email, phone, password_hash
  FROM owners
 WHERE email = ${email}
