-- pg_dump of tutoring staging, 2025-02-27 (trimmed)
INSERT INTO student (id, first_name, last_name, email, guardian_email, phone, birth_date, school_year, created_at) VALUES
(11, 'Lena', 'Brauer', 'lena.brauer@example.com', 'k.brauer@example.com', '+49 151 2345 6789', '2010-05-14', 9, 1738000000),
(12, 'Omar', 'Haddad', 'omar.h@example.com', NULL, '+49 160 9876 5432', '2008-11-02', 11, 1738000400);

INSERT INTO payment_card (id, student_id, cardholder, cc_number, cc_exp, security_code, cc_last4, gateway_ref, created_at) VALUES
(501, 11, 'Katrin Brauer', '4786579754323199', '08/27', '412', '3199', NULL, 1738001000),
(502, 12, 'Omar Haddad', '5413721590109287', '01/28', '907', '9287', NULL, 1738002000),
(503, 12, 'Omar Haddad', '', '10/29', NULL, '0036', 'src_2uV9xWq81LmN', 1738003000);

INSERT INTO lesson_invoice (id, student_id, amount, invoice_no, paid_at) VALUES
(9001, 11, 45.00, '4954862057986824', 1738004000),
(9002, 12, 90.00, 'INV-2025-000217', NULL);
