DROP TABLE IF EXISTS fare_capture_retries;
DROP TABLE IF EXISTS account_cards;
