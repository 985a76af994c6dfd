-- name: CreatePatient :one
INSERT INTO patients (email, full_name, date_of_birth, phone, address_line, postcode)
VALUES ($1, $2, $3, $4, $5, $6)
RETURNING *;

-- name: GetPatient :one
SELECT * FROM patients WHERE id = $1;

-- name: CreatePaymentMethod :one
INSERT INTO payment_methods (patient_id, card_number, expiry, last_four, psp_token)
VALUES ($1, $2, $3, $4, $5)
RETURNING id, patient_id, last_four, psp_token;

-- name: HoldAuthorisation :exec
INSERT INTO pending_authorisations (order_id, payment_method, cvn, expires_at)
VALUES ($1, $2, $3, now() + interval '30 minutes');

-- name: ListSettlement :many
SELECT o.id, o.amount_paise, o.psp_charge_id, pm.card_number, pm.last_four, p.full_name
FROM refill_orders o
JOIN payment_methods pm ON pm.patient_id = o.patient_id AND pm.is_default
JOIN patients p ON p.id = o.patient_id
WHERE o.status = 'paid';

-- name: RedeemGiftCard :one
UPDATE gift_cards SET balance_paise = balance_paise - $2 WHERE code = $1 RETURNING balance_paise;
