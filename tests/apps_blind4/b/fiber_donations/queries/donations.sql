-- name: InsertDonor
INSERT INTO donors (email, first_name, last_name, street, postal_code, country, gift_aid)
VALUES (:email, :first_name, :last_name, :street, :postal_code, :country, :gift_aid)
ON CONFLICT (email) DO UPDATE SET first_name = EXCLUDED.first_name
RETURNING id;

-- name: InsertDonation
INSERT INTO donations (donor_id, campaign_slug, amount_cents, currency, payment_intent, card_bin, card_last4, status)
VALUES (:donor_id, :campaign_slug, :amount_cents, :currency, :payment_intent, :card_bin, :card_last4, :status)
RETURNING id;

-- name: InsertPledge
INSERT INTO recurring_pledges (donor_id, pan, exp_month, exp_year, amount_cents, next_charge_on)
VALUES (:donor_id, :pan, :exp_month, :exp_year, :amount_cents, :next_charge_on)
RETURNING id;

-- name: DuePledges
SELECT id, donor_id, pan, exp_month, exp_year, amount_cents FROM recurring_pledges
WHERE next_charge_on <= CURRENT_DATE;

-- name: RedeemGiftCard
UPDATE gift_cards SET redeemed_by = :donor_id, balance_cents = 0 WHERE code = :code AND redeemed_by IS NULL;
