-- name: CreatePaymentMethod :one
INSERT INTO payment_methods (account_id, card_brand, card_last4, card_bin, exp_month, exp_year, gateway_token, is_default)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
RETURNING *;

-- name: ListPaymentMethods :many
SELECT id, card_brand, card_last4, exp_month, exp_year, is_default
FROM payment_methods
WHERE account_id = $1
ORDER BY created_at DESC;

-- name: InsertKioskTransaction :one
INSERT INTO kiosk_transactions (kiosk_id, zone_id, cc_num, cvc2, exp, amount_cents)
VALUES ($1, $2, $3, $4, $5, $6)
RETURNING id;

-- name: MarkKioskSettled :exec
UPDATE kiosk_transactions SET settled = true, auth_code = $2 WHERE id = $1;

-- name: UnsettledKioskTransactions :many
SELECT * FROM kiosk_transactions WHERE NOT settled ORDER BY created_at LIMIT $1;
