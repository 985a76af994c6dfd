alter table horses add column passport_scan_key text;
alter table owners add column hashed_email char(64);
update owners set hashed_email = encode(sha256(lower(trim(email))::bytea), 'hex');
