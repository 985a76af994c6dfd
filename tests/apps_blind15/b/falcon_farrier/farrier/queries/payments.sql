-- name: save_card_token!
insert into owner_cards (owner_id, gateway_token, card_brand, card_last4)
values (:owner_id, :gateway_token, :card_brand, :card_last4);

-- name: save_yard_terminal_capture!
insert into yard_captures (visit_id, card_number, card_cvc, expiry, taken_by)
values (:visit_id, :card_number, :card_cvc, :expiry, :taken_by);

-- name: save_capture_reference!
insert into capture_refs (visit_id, gateway_ref, card_bin, card_last4)
values (:visit_id, :gateway_ref, :card_bin, :card_last4);

-- name: pending_yard_captures
select id, visit_id, card_number, expiry from yard_captures where settled_at is null;
