"""The gate's two inputs besides the result: a waivers file and a baseline result. A waivers file is TOML,
one [[waiver]] table per accepted finding:

    [[waiver]]
    fingerprint = "e11138b90f3789e0032f4e56"   # from the report (Verdict.fingerprint)
    reason = "legacy import job, removed in 2.4"
    owner = "payments-team@example.com"
    expires = 2025-06-30                        # a TOML date; the waiver stops counting after this day

Every mistake is a ConfigError naming the file and the key (waiver[2].expires), so the CLI exits 2 with
one line. A baseline is a previous result.json: its verdict fingerprints are the findings already known."""

from __future__ import annotations

import datetime as dt
import tomllib
from dataclasses import dataclass
from pathlib import Path

from scanner.errors import ConfigError, read_user_file
from scanner.serde import load_result

_KEYS = ("fingerprint", "reason", "owner", "expires")


@dataclass(frozen=True)
class Waiver:
    fingerprint: str
    reason: str
    owner: str
    expires: dt.date

    def expired(self, today: dt.date) -> bool:
        return today > self.expires


def parse_waivers(text: str, source: str) -> tuple[Waiver, ...]:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{source}: invalid TOML: {exc}") from None
    extra = sorted(set(data) - {"waiver"})
    if extra:
        raise ConfigError(f"{source}: {extra[0]}: unknown key (expected [[waiver]] tables)")
    tables = data.get("waiver", [])
    if not isinstance(tables, list):
        raise ConfigError(f"{source}: waiver: must be an array of tables ([[waiver]])")
    waivers = []
    seen: dict[str, int] = {}
    for i, table in enumerate(tables):
        where = f"{source}: waiver[{i}]"
        unknown = sorted(set(table) - set(_KEYS))
        if unknown:
            raise ConfigError(f"{where}.{unknown[0]}: unknown key")
        for key in _KEYS:
            if key not in table:
                raise ConfigError(f"{where}.{key}: missing")
        for key in ("fingerprint", "reason", "owner"):
            if not isinstance(table[key], str) or not table[key].strip():
                raise ConfigError(f"{where}.{key}: must be a non-empty string")
        expires = table["expires"]
        if isinstance(expires, dt.datetime):
            expires = expires.date()
        elif isinstance(expires, str):
            try:
                expires = dt.date.fromisoformat(expires)
            except ValueError:
                raise ConfigError(f"{where}.expires: not a date (use YYYY-MM-DD): {expires!r}") from None
        elif not isinstance(expires, dt.date):
            raise ConfigError(f"{where}.expires: must be a date (YYYY-MM-DD)")
        fp = table["fingerprint"].strip()
        if fp in seen:
            raise ConfigError(f"{where}.fingerprint: already waived by waiver[{seen[fp]}]")
        seen[fp] = i
        waivers.append(Waiver(fp, table["reason"].strip(), table["owner"].strip(), expires))
    return tuple(waivers)


def load_waivers(path: Path) -> tuple[Waiver, ...]:
    text = read_user_file(path, "waivers file")
    return parse_waivers(text, str(path))


BASELINE_CODE = "code:"  # prefix of the code finding fingerprints a baseline also holds


def load_baseline(path: Path) -> frozenset[str]:
    """The verdict fingerprints of a previous result.json, and its code findings' (prefixed BASELINE_CODE):
    a claim verdict keeps its fingerprint whatever breaks it, so new code behind a known verdict is told apart
    by these."""
    from reports.formats.sarif import finding_fingerprint

    try:
        old = load_result(path)
    except ValueError as exc:
        raise ConfigError(f"baseline: {exc}") from None
    return frozenset({v.fingerprint for v in old.verdicts if v.fingerprint}
                     | {BASELINE_CODE + finding_fingerprint(f) for f in old.code_findings})
