-- 004: burglary repairs billed to HomeGuard; the excess is taken from the policyholder's card.
BEGIN;

CREATE TABLE insurer_claims (
    id                bigserial PRIMARY KEY,
    job_id            bigint NOT NULL REFERENCES call_outs (id),
    claim_ref         varchar(24) NOT NULL,
    policyholder_dob  date,
    police_crime_ref  varchar(20),
    excess_pence      int NOT NULL DEFAULT 0,
    excess_card_enc   bytea,
    status            text NOT NULL DEFAULT 'submitted',
    submitted_at      timestamptz NOT NULL DEFAULT now()
);

-- legacy: the phone team typed the excess card into the job notes until 2022; purge it
UPDATE call_outs SET access_notes = regexp_replace(access_notes, '[0-9][0-9 -]{11,22}[0-9]', '[removed]', 'g');

COMMIT;
