DROP TABLE invoices;
DROP TABLE driver_fuel_cards;
DROP TABLE billing_accounts;
