-- 003: restricted-keyway register. Owners of a registered master-key system get a key card
-- whose number must be quoted before we cut copies. Nothing to do with payment cards.
BEGIN;

CREATE TABLE key_register (
    id               bigserial PRIMARY KEY,
    customer_id      bigint NOT NULL REFERENCES customers (id),
    keyway           varchar(24) NOT NULL,
    key_card_number  varchar(12) NOT NULL UNIQUE,
    bitting_code     varchar(16) NOT NULL,
    copies_cut       int NOT NULL DEFAULT 0,
    registered_at    timestamptz NOT NULL DEFAULT now()
);

ALTER TABLE call_outs ADD COLUMN key_register_id bigint REFERENCES key_register (id);

COMMIT;
