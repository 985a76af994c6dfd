import os
import re
from pathlib import Path

import yaml

_ENV = re.compile(r"\$\{(\w+)\}")


def _expand(value):
    if isinstance(value, str):
        return _ENV.sub(lambda m: os.environ.get(m.group(1), ""), value)
    if isinstance(value, dict):
        return {k: _expand(v) for k, v in value.items()}
    return value


def load(path: Path = Path(__file__).resolve().parent.parent / "config" / "settings.yaml") -> dict:
    with path.open() as fh:
        return _expand(yaml.safe_load(fh))


settings = load()


def flag(section: str, key: str, default: bool) -> bool:
    raw = os.environ.get(f"{section.upper()}_{key.upper()}")
    if raw is not None:
        return raw.lower() not in ("0", "false", "no")
    return bool(settings.get(section, {}).get(key, default))
