"""Plain-http URLs kept in configuration. A request that sends personal or card data to a URL read from settings
(`settings.PERMIT_OFFICE_URL`, `current_app.config["ELIGIBILITY_URL"]`, `ENV.fetch("PARTNER_URL")`,
`process.env.COURIER_URL`) goes out in clear when the project's configuration gives that key an http:// value, which
a rule reading one file cannot see. Rules marked with metadata `config_url_gate` name the key in their message
(`... config key 'X'`); `gate` keeps such a match only when some configuration-like file of the tree (settings and
config modules, .env files, YAML/TOML/INI/properties/JSON) assigns that key, or a default for it, a plain http:// URL
whose host is not the machine itself, and drops it otherwise. Keys are compared without case and separators, so
`PARTNER_URL`, `partner_url` and `partner-url` are one key; a dotted key (`services.partner.url`) is matched on its
full spelling and on its last two parts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from scanner.code.semgrep import Match

GATE = "config_url_gate"
_KEY = re.compile(r"config key '[\"'$\{]*([A-Za-z_][\w.\-]*)[\"'\}]*'")
# KEY = "http://...", KEY: http://..., 'key' => 'http://...', KEY=http://... (.env), and a default given to an
# environment read on the same line: os.environ.get("KEY", "http://..."), ENV.fetch("KEY", "http://...").
_ASSIGN = re.compile(r"""(?m)(?:^|[\s{(,\[])["']?([A-Za-z_][\w.\-]*)["']?[ \t]*(?:=>|[:=])[ \t]*[^\n]*?["'`]?(http://[^\s"'`]+)""")
_DEFAULT = re.compile(r"""["']([A-Za-z_][\w.\-]*)["']\s*,\s*["'](http://[^\s"']+)""")
_LOCAL = re.compile(r"http://(?:localhost|127\.|0\.0\.0\.0|\[::1\]|[\w.-]+\.(?:test|localhost)(?:[:/]|$))")
_NAMES = (".env", ".env.example", ".env.sample", ".env.production")
SUFFIXES = (".py", ".rb", ".js", ".ts", ".mjs", ".cjs", ".php", ".go", ".java", ".kt", ".env", ".yml", ".yaml",
            ".toml", ".ini", ".cfg", ".conf", ".json", ".properties")


def _norm(key: str) -> str:
    return re.sub(r"[^a-z0-9.]", "", key.lower())


def _forms(key: str) -> set[str]:
    k = _norm(key)
    parts = [p for p in k.split(".") if p]
    return {k, "".join(parts), *(["".join(parts[-2:])] if len(parts) >= 2 else []), parts[-1] if parts else k}


@dataclass
class PlainUrls:
    """The configuration keys of a tree whose value (or default) is a non-local http:// URL."""

    keys: set[str] = field(default_factory=set)

    def observe(self, name: str, text: str) -> None:
        if "http://" not in text or not (name.endswith(SUFFIXES) or name.startswith(_NAMES)):
            return
        for pattern in (_ASSIGN, _DEFAULT):
            for m in pattern.finditer(text):
                if not _LOCAL.match(m.group(2)):
                    self.keys |= _forms(m.group(1))

    def plain(self, key: str) -> bool:
        return bool(_forms(key) & self.keys)


def wanted(path: Path) -> bool:
    return path.name.endswith(SUFFIXES) or path.name.startswith(_NAMES)


def needed(matches: tuple[Match, ...]) -> bool:
    return any(m.metadata.get(GATE) for m in matches)


def gate(matches: tuple[Match, ...], urls: PlainUrls) -> tuple[Match, ...]:
    """Config-gated matches kept only when their key is a plain-http URL in the tree's configuration."""
    out: list[Match] = []
    for m in matches:
        if not m.metadata.get(GATE):
            out.append(m)
            continue
        key = _KEY.search(m.message)
        if key and urls.plain(key.group(1)):
            out.append(m)
    return tuple(out)


__all__ = ["GATE", "PlainUrls", "gate", "needed", "wanted"]
