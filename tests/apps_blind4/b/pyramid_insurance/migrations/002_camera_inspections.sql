-- Drone/camera roof inspections for home policies.
CREATE TABLE inspection_shots (
    id              SERIAL PRIMARY KEY,
    claim_id        INTEGER NOT NULL REFERENCES claims(id),
    camera_pan      NUMERIC(6,2),
    camera_tilt     NUMERIC(6,2),
    zoom_level      SMALLINT,
    image_url       TEXT NOT NULL,
    taken_at        TIMESTAMPTZ
);

ALTER TABLE policyholders ADD COLUMN tax_pan VARCHAR(10);
COMMENT ON COLUMN policyholders.tax_pan IS 'Indian Permanent Account Number for travel policies sold in IN';
