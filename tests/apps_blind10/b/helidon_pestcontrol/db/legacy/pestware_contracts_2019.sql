-- Export from the PestWare desktop system (2019), loaded once into staging before the Sqitch schema.
-- Kept for the reconciliation of contracts that were migrated by hand.

INSERT INTO pw_contracts (pw_ref, customer, postcode, scope, visits, price, card_no, card_exp, card_cv2, job_ticket) VALUES
  ('PW-10482', 'Harbour Fish Bar', 'EM3 4RT', 'rodent', 8, 41600, '5335787407164430', '07/21', '412', '7710048200000311'),
  ('PW-10483', 'Mrs A. Delacroix', 'EM1 9QB', 'wasp', 1, 6500, '', '', '', '7710048300000128'),
  ('PW-10484', 'Kestrel Court Management', 'EM5 2HH', 'bird-proofing', 4, 98000, '4181795253296329', '11/20', '090', '7710048400000435'),
  ('PW-10485', 'The Old Granary B&B', 'EM7 1LP', 'rodent+insect', 6, 37200, '4181 7952 5329 6392', '03/22', '771', '7710048500000212'),
  ('PW-10486', 'Northgate Bakery', 'EM2 6DS', 'insect', 12, 54000, '346351048310999', '05/21', '5521', '7710048600000549'),
  ('PW-10487', 'Bellmoor Primary School', 'EM8 3TA', 'rodent', 4, 24000, 'XXXXXXXXXXXX0617', '09/22', '', '7710048700000318');
