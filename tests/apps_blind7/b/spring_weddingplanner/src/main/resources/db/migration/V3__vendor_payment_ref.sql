ALTER TABLE vendor_payments ADD COLUMN invoice_number VARCHAR(24);
ALTER TABLE vendor_payments ADD COLUMN masked_pan VARCHAR(19);
CREATE INDEX vendor_payments_due_idx ON vendor_payments (status, due_on);
