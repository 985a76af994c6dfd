DROP TABLE damage_holds;
DROP TABLE hires;
DROP TABLE customers;
