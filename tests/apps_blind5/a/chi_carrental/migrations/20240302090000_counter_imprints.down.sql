DROP TABLE IF EXISTS audit_events;
DROP TABLE IF EXISTS counter_imprints;
