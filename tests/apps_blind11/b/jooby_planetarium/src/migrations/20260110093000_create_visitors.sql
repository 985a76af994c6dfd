CREATE TABLE visitors (
  id BIGSERIAL PRIMARY KEY,
  email VARCHAR(255) NOT NULL UNIQUE,
  full_name VARCHAR(160) NOT NULL,
  phone VARCHAR(32),
  birth_date DATE,
  school_name VARCHAR(120),
  created_at TIMESTAMP NOT NULL DEFAULT now(),
  updated_at TIMESTAMP NOT NULL DEFAULT now()
);

CREATE TABLE show_bookings (
  id BIGSERIAL PRIMARY KEY,
  visitor_id BIGINT REFERENCES visitors(id),
  show_code VARCHAR(16) NOT NULL,
  seats INT NOT NULL,
  payment_ref VARCHAR(64),
  card_last4 CHAR(4),
  cvc_check VARCHAR(8),
  created_at TIMESTAMP NOT NULL DEFAULT now(),
  updated_at TIMESTAMP NOT NULL DEFAULT now()
);
