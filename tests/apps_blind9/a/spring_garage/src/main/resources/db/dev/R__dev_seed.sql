-- Dev/staging seed, refreshed from an anonymised copy of the Coventry branch.
INSERT INTO customers (id, first_name, last_name, email, phone, postcode, licence_number) VALUES
  (9001, 'Dev', 'Customer', 'dev.customer@torqueline.test', '07700900411', 'CV1 2GT', 'CUSTO801011DE9AB'),
  (9002, 'Stage', 'Driver', 'stage.driver@torqueline.test', '07700900412', 'CV3 4LA', 'DRIVE752209SD4CD');

INSERT INTO vehicles (id, customer_id, registration, vin, make_model, mot_due) VALUES
  (9101, 9001, 'AB12CDE', 'WVWZZZ1KZ8W123456', 'VW Golf 1.6 TDI', '2024-09-30'),
  (9102, 9002, 'CV68XYZ', 'SALLAAAF4BA512345', 'Land Rover Discovery', '2025-01-14');

INSERT INTO bookings (id, vehicle_id, branch_code, service_type, slot_start, gms_job_ref) VALUES
  (9201, 9101, 'COV01', 'FULL_SERVICE', '2024-06-04 08:30+01', '7684021712211116'),
  (9202, 9102, 'COV01', 'MOT', '2024-06-05 10:00+01', NULL);

INSERT INTO courtesy_car_holds (booking_id, courtesy_reg, cardholder_name, card_number, card_expiry, cvv, card_last4) VALUES
  (9201, 'CT21LOA', 'DEV CUSTOMER', '4830757985004236', '09/27', '552', '4236'),
  (9202, 'CT21LOB', 'S DRIVER', '2223029958084911', '03/26', '017', '4911'),
  (9202, 'CT21LOB', 'S DRIVER', '6011488433986776', '11/25', NULL, '6776');
