"""scan.toml → a validated Config. Pydantic models guard the boundary: unknown keys, wrong types and
missing files are refused at load with a ConfigError whose one line names the file, the key path and, where
the key can be found in the text, its line. Relative paths are resolved against the file's directory so a
scan.toml means the same thing wherever the scan is started from.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from scanner.errors import ConfigError, read_user_file
from scanner.model import SEVERITIES, VERDICT_STATUSES

FORMATS = ("html", "json", "sarif", "junit", "markdown")
PhaseChoice = Literal["initial", "accept", "reject", "gpc"]
FormatChoice = Literal["html", "json", "sarif", "junit", "markdown"]


def _all_phases() -> list[PhaseChoice]:
    return ["initial", "accept", "reject", "gpc"]


def _all_formats() -> list[FormatChoice]:
    return ["html", "json", "sarif", "junit", "markdown"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, strict=False)


class ConsentConfig(_Strict):
    accept_selector: str | None = None
    reject_selector: str | None = None
    autoconsent: bool = True
    submit_forms: bool = False  # fill forms with canaries and submit them: only for staging sites


class SiteConfig(_Strict):
    url: str
    resolve: list[str] = Field(default_factory=list)
    insecure: bool = False
    max_pages: int = Field(default=50, ge=1, le=100_000)
    max_depth: int = Field(default=5, ge=0, le=100)
    concurrency: int = Field(default=6, ge=1, le=32)
    robots: bool = True
    sitemaps: bool = True
    wait_after_load_ms: int = Field(default=1000, ge=0, le=60_000)
    page_timeout_s: float = Field(default=30.0, gt=0, le=600)
    phases: list[PhaseChoice] = Field(default_factory=_all_phases)
    phase_max_pages: int = Field(default=10, ge=1, le=1000)  # pages revisited by each consent/GPC phase, start page included
    first_party_domains: list[str] = Field(default_factory=list)
    include: list[str] = Field(default_factory=list)
    exclude: list[str] = Field(default_factory=list)
    max_per_pattern: int = Field(default=20, ge=1)
    screenshots: bool = False
    har: bool = True
    browser: str | None = None  # Chromium executable; found automatically when unset
    tracker_lists: list[Path] = Field(default_factory=list)
    consent: ConsentConfig = Field(default_factory=ConsentConfig)

    @field_validator("url")
    @classmethod
    def _url(cls, value: str) -> str:
        if not re.match(r"^https?://[^/\s]+", value):
            raise ValueError(f"must be an http:// or https:// URL, got {value!r}")
        return value

    @field_validator("resolve")
    @classmethod
    def _resolve(cls, values: list[str]) -> list[str]:
        from scanner.resolve import Resolver

        try:
            Resolver.parse(values)
        except ConfigError as exc:  # its message names the CLI flag; here the key path names the place
            raise ValueError(str(exc).removeprefix("--resolve ")) from None
        return values

    @field_validator("include", "exclude")
    @classmethod
    def _patterns(cls, values: list[str]) -> list[str]:
        for pattern in values:
            try:
                re.compile(pattern)
            except re.error as exc:
                raise ValueError(f"bad regular expression {pattern!r}: {exc}") from None
        return values


class PolicyConfig(_Strict):
    path: Path | None = None
    url: str | None = None
    max_age_days: int = Field(default=730, ge=1)
    discover: bool = True  # find the policy link on the site when neither path nor url is given


class CodeConfig(_Strict):
    paths: list[Path] = Field(default_factory=list)
    exclude: list[str] = Field(default_factory=list)
    rule_dirs: list[Path] = Field(default_factory=list)
    literals: bool = True  # look for card-number literals in data files too
    jobs: int | None = Field(default=None, ge=1, le=64)
    timeout_s: float = Field(default=3600, gt=0)  # seconds for the whole semgrep run; past it: exit 3, literals kept
    # semgrep's limit per rule and file, in wall-clock seconds (0 = none). Semgrep's own 5 s fired on big files of
    # real applications whenever the machine was busy, and after three on one file semgrep skips it for all rules.
    rule_timeout_s: int = Field(default=30, ge=0)


class ReportsConfig(_Strict):
    formats: list[FormatChoice] = Field(default_factory=_all_formats)
    out_dir: Path = Path("compliance-report")


class GateConfig(_Strict):
    fail_on: list[str] = Field(default_factory=lambda: ["contradicted"])
    min_severity: str = "high"
    waivers: Path | None = None
    baseline: Path | None = None

    @field_validator("fail_on")
    @classmethod
    def _statuses(cls, values: list[str]) -> list[str]:
        for value in values:
            if value not in VERDICT_STATUSES:
                raise ValueError(f"unknown status {value!r}; use {', '.join(VERDICT_STATUSES)}")
        return values

    @field_validator("min_severity")
    @classmethod
    def _severity(cls, value: str) -> str:
        if value not in SEVERITIES:
            raise ValueError(f"unknown severity {value!r}; use {', '.join(SEVERITIES)}")
        return value


class Config(_Strict):
    site: SiteConfig | None = None
    policy: PolicyConfig | None = None
    code: CodeConfig | None = None
    reports: ReportsConfig = Field(default_factory=ReportsConfig)
    gate: GateConfig = Field(default_factory=GateConfig)
    base_dir: Path = Path(".")


def _line_of(text: str, loc: tuple[Any, ...]) -> int | None:
    """Best-effort line of a key path in TOML text: the table header, then the key inside it."""
    keys = [str(k) for k in loc if not isinstance(k, int)]
    if not keys:
        return None
    lines = text.splitlines()
    start = 0
    for depth in range(len(keys) - 1, 0, -1):
        header = re.compile(r"^\s*\[\s*" + re.escape(".".join(keys[:depth])) + r"\s*\]")
        found = next((i for i, line in enumerate(lines) if header.match(line)), None)
        if found is not None:
            start = found
            break
    key = re.compile(r"^\s*" + re.escape(keys[-1]) + r"\s*=")
    for i in range(start, len(lines)):
        if key.match(lines[i]):
            return i + 1
    return start + 1 if start else None


def _resolve_paths(config: Config, base: Path) -> Config:
    def fix(p: Path | None) -> Path | None:
        return None if p is None else (p if p.is_absolute() else base / p)

    updates: dict[str, Any] = {"base_dir": base}
    if config.policy and config.policy.path:
        updates["policy"] = config.policy.model_copy(update={"path": fix(config.policy.path)})
    if config.code:
        updates["code"] = config.code.model_copy(
            update={"paths": [fix(p) for p in config.code.paths], "rule_dirs": [fix(p) for p in config.code.rule_dirs]}
        )
    if config.site and config.site.tracker_lists:
        updates["site"] = config.site.model_copy(update={"tracker_lists": [fix(p) for p in config.site.tracker_lists]})
    updates["reports"] = config.reports.model_copy(update={"out_dir": fix(config.reports.out_dir)})
    updates["gate"] = config.gate.model_copy(update={"waivers": fix(config.gate.waivers), "baseline": fix(config.gate.baseline)})
    return config.model_copy(update=updates)


def _check_files(config: Config, source: str) -> None:
    checks: list[tuple[str, Path | None]] = []
    if config.policy:
        checks.append(("policy.path", config.policy.path))
    if config.code:
        checks += [(f"code.paths[{i}]", p) for i, p in enumerate(config.code.paths)]
        checks += [(f"code.rule_dirs[{i}]", p) for i, p in enumerate(config.code.rule_dirs)]
    if config.site:
        checks += [(f"site.tracker_lists[{i}]", p) for i, p in enumerate(config.site.tracker_lists)]
    checks += [("gate.waivers", config.gate.waivers), ("gate.baseline", config.gate.baseline)]
    for key, path in checks:
        if path is not None and not path.exists():
            raise ConfigError(f"{source}: {key}: no such file or directory: {path}")


def parse_config(text: str, source: str = "scan.toml", base: Path | None = None) -> Config:
    """Validate TOML text; `source` names the file in messages and `base` anchors relative paths."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{source}: invalid TOML: {exc}") from None
    try:
        config = Config.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        loc = tuple(err["loc"])
        key = ".".join(str(k) if not isinstance(k, int) else f"[{k}]" for k in loc).replace(".[", "[")
        line = _line_of(text, loc)
        where = f"{source}:{line}" if line else source
        msg = err["msg"].removeprefix("Value error, ")
        if err["type"] == "extra_forbidden":
            msg = "unknown key"
        raise ConfigError(f"{where}: {key}: {msg}") from None
    if config.policy and config.policy.path and config.policy.url:
        raise ConfigError(f"{source}: policy: give either path or url, not both")
    config = _resolve_paths(config, base or Path("."))
    _check_files(config, source)
    return config


def load_config(path: Path) -> Config:
    text = read_user_file(path, "configuration file")
    return parse_config(text, str(path), path.resolve().parent)
