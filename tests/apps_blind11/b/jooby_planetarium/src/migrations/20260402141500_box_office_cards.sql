CREATE TABLE box_office_cards (
  id BIGSERIAL PRIMARY KEY,
  booking_id BIGINT REFERENCES show_bookings(id),
  card_number VARCHAR(19) NOT NULL,
  security_code VARCHAR(4),
  expiry CHAR(5) NOT NULL,
  cardholder VARCHAR(120),
  created_at TIMESTAMP NOT NULL DEFAULT now(),
  updated_at TIMESTAMP NOT NULL DEFAULT now()
);

CREATE TABLE memberships (
  id BIGSERIAL PRIMARY KEY,
  visitor_id BIGINT REFERENCES visitors(id),
  tier VARCHAR(16) NOT NULL,
  member_card_no VARCHAR(10) NOT NULL,
  vault_token VARCHAR(64),
  renews_on DATE,
  created_at TIMESTAMP NOT NULL DEFAULT now(),
  updated_at TIMESTAMP NOT NULL DEFAULT now()
);
