DROP TABLE pickups;
DROP TABLE customers;
