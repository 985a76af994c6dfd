DROP TABLE IF EXISTS kiosk_transactions;
DROP TABLE IF EXISTS payment_methods;
