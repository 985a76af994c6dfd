-- Wax-melt box subscribers who signed up on paper at craft fairs; the card is charged monthly
-- from here until they re-enter it online.
CREATE TABLE box_cards (
  subscriber_id INT UNSIGNED PRIMARY KEY,
  card_number   VARCHAR(19) NOT NULL,
  card_expiry   CHAR(5) NOT NULL,
  card_cvc      CHAR(4),
  wick_club_no  CHAR(8)
);
