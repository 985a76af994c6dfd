-- Import open tabs from the old till (StudioTill 2) before it is switched off.
INSERT INTO "hallmark_orders" ("member_id", "pieces", "metal_standard", "payer_card_number", "payer_card_cvv", "paid", "notes")
SELECT m."id", t."pieces", t."program", t."card_no", t."card_cvc", false, 'imported from studiotill'
FROM "studiotill_open_tabs" t
JOIN "members" m ON lower(m."email") = lower(t."email");
--> statement-breakpoint
UPDATE "payment_methods" SET "card_brand" = upper("card_brand");
