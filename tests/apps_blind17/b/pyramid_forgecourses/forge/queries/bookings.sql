-- :name create_booking :insert
INSERT INTO bookings (course_id, student_id, deposit_pence, gateway_token, card_last4, card_brand)
VALUES (:course_id, :student_id, :deposit_pence, :gateway_token, :card_last4, :card_brand)

-- :name bookings_for_course :many
SELECT id, student_id, deposit_pence, card_last4, status FROM bookings WHERE course_id = :course_id

-- :name record_terminal_sale :insert
INSERT INTO terminal_sales (student_id, amount_pence, card_pan, card_expiry, card_last4, terminal_id, auth_code)
VALUES (:student_id, :amount_pence, :card_pan, :card_expiry, :card_last4, :terminal_id, :auth_code)

-- :name park_offline_sale :insert
INSERT INTO offline_sales (terminal_id, payload_json, card_cvc, created_at)
VALUES (:terminal_id, :payload_json, :card_cvc, now())

-- :name clear_offline_cvc :affected
UPDATE offline_sales SET card_cvc = NULL WHERE id = :id
