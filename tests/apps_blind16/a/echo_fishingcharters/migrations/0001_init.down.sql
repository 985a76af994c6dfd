DROP TABLE saved_cards;
DROP TABLE bookings;
DROP TABLE trips;
DROP TABLE anglers;
