"""`python -m scanner.schema` rewrites result.schema.json from the model."""

from scanner.schema import SCHEMA_FILE, schema_text

SCHEMA_FILE.write_text(schema_text(), encoding="utf-8")
print(f"wrote {SCHEMA_FILE}")
