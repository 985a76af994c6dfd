-- name: CreateDeposit :one
INSERT INTO deposits (quote_id, card_pan, card_cvc, card_expiry, amount_pence)
VALUES ($1, $2, $3, $4, $5)
RETURNING id;

-- name: CreateSavedCard :one
INSERT INTO saved_cards (homeowner_id, tilepay_token, card_last4, card_brand)
VALUES ($1, $2, $3, $4)
RETURNING id;

-- name: MarkCaptured :exec
UPDATE deposits SET captured_at = now(), card_cvc = '' WHERE id = $1;
