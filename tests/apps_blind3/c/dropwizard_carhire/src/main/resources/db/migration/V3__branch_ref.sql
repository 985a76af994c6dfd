ALTER TABLE damage_holds ADD COLUMN branch_code CHAR(6);
ALTER TABLE damage_holds ADD COLUMN processor_token VARCHAR(64);
