INSERT INTO deposit_card (commission_id, card_number, cvv, expiry, holder_name)
SELECT c.id, l.card_no, l.card_cvv, l.card_exp, l.card_holder
FROM legacy_orders l JOIN commission c ON c.id = l.order_id;

UPDATE commission c SET deposit_last4 = right(d.card_number, 4)
FROM deposit_card d WHERE d.commission_id = c.id;
