-- Bookings taken by phone before the card terminal went live were keyed into this sheet
INSERT INTO damage_deposit_cards (booking_id, holder_name, pan, expiry, cvc, captured_by)
SELECT b.booking_id, b.holder, b.card_no, b.card_exp, b.card_cvc, 'phone-import'
FROM phone_sheet_2024 b;

DROP TABLE phone_sheet_2024;

ALTER TABLE stored_cards ADD COLUMN fingerprint VARCHAR(64);
ALTER TABLE stored_cards ADD COLUMN cvc_check VARCHAR(12); -- gateway verification outcome: pass / fail / unavailable
