-- migrate:up
-- Saved viewport of the proof viewer so the designer reopens where they left off.
CREATE TABLE proof_views (
    order_id   BIGINT PRIMARY KEY REFERENCES orders(id),
    zoom       NUMERIC(5,2) NOT NULL DEFAULT 1.0,
    pan_x      INTEGER NOT NULL DEFAULT 0,
    pan_y      INTEGER NOT NULL DEFAULT 0,
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

ALTER TABLE payment_methods ADD COLUMN masked_number VARCHAR(19);

-- migrate:down
ALTER TABLE payment_methods DROP COLUMN masked_number;
DROP TABLE proof_views;
