import configparser
import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_parser = configparser.ConfigParser(interpolation=None)
_parser.read(ROOT / "config" / "settings.ini")


def get(section, key, default=None):
    value = _parser.get(section, key, fallback=default)
    if isinstance(value, str) and value.startswith("${") and value.endswith("}"):
        return os.environ.get(value[2:-1], default)
    return value


def flag(section, key, default=False):
    env_key = f"{section}_{key}".upper()
    if env_key in os.environ:
        return os.environ[env_key].lower() in ("1", "true", "yes")
    return _parser.getboolean(section, key, fallback=default)
