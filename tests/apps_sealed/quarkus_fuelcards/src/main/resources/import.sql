-- Dev-mode seed data loaded by Hibernate ORM (quarkus.hibernate-orm.sql-load-script).
INSERT INTO driver (id, email, fullname, mobile, national_id, birthdate, licenceplate, fleetid) VALUES (1, 'k.novak@fleet.example', 'Karel Novak', '+420601234567', '8501011234', '1985-01-01', '1AB 2345', 7);
INSERT INTO driver (id, email, fullname, mobile, national_id, birthdate, licenceplate, fleetid) VALUES (2, 'j.svoboda@fleet.example', 'Jana Svobodova', '+420602345678', '9052154321', '1990-02-15', '2CD 6789', 7);
INSERT INTO fuelcard (id, driver_id, pan, pan_last4, issuer_ref, expiry, monthlylimitcents, blocked) VALUES (1, 1, '5168199351819096', '9096', 'ISS-00017', '2027-06', 150000, false);
INSERT INTO fuelcard (id, driver_id, pan, pan_last4, issuer_ref, expiry, monthlylimitcents, blocked) VALUES (2, 2, '2223378657975436', '5436', 'ISS-00018', '2026-11', 90000, false);
INSERT INTO fuelcard (id, driver_id, pan, pan_last4, issuer_ref, expiry, monthlylimitcents, blocked) VALUES (3, 2, '', '0000', 'ISS-00019', '2026-11', 0, true);
INSERT INTO card_audit (id, card_id, pan_last4, action, created_at) VALUES (1, 1, '9096', 'ISSUE', '2024-04-01 08:00:00');
