"""The vendor catalogue of rules/sdk_calls.toml as data: which vendor SDKs and HTTP APIs receive personal data,
their client names, hosts and calls per language, the default calls of each kind of vendor ([kind.<kind>]: what
every error tracker, CRM or mailing list answers), and the HTTP clients of each language. `load` parses and
validates the file (errors name the vendor and key); scanner.code.sdkgen turns the catalogue into the
pii_to_third_party Semgrep rules.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from scanner.resources import rules_dir

LANGUAGES = ("python", "javascript", "java", "go", "ruby", "php")


@dataclass(frozen=True)
class LangSpec:
    calls: tuple[str, ...] = ()
    any_receiver: tuple[str, ...] = ()
    types: tuple[str, ...] = ()
    payloads: tuple[str, ...] = ()
    functions: tuple[str, ...] = ()
    safe: tuple[str, ...] = ()


@dataclass(frozen=True)
class Vendor:
    name: str
    kind: str
    tokens: tuple[str, ...]
    words: tuple[str, ...]
    hosts: tuple[str, ...]
    clients: tuple[str, ...] = ()  # receiver names only, too common to make a file vendor code on their own
    langs: dict[str, LangSpec] = field(default_factory=dict)


@dataclass(frozen=True)
class Http:
    methods: tuple[str, ...] = ()
    functions: tuple[str, ...] = ()
    not_inside: tuple[str, ...] = ()  # method calls that answer the app's own client ($this->sendJson($DATA))


@dataclass(frozen=True)
class Catalogue:
    vendors: tuple[Vendor, ...]
    http: dict[str, Http]
    # [kind.<kind>]: the calls every vendor of that kind answers, per language (error trackers' set_user, CRMs'
    # createContact), for vendors whose own call names are not listed.
    kinds: dict[str, dict[str, LangSpec]] = field(default_factory=dict)

    def of_kind(self, kind: str) -> list[Vendor]:
        return [v for v in self.vendors if v.kind == kind]

    def speaks(self, v: Vendor, lang: str) -> bool:
        """Whether the vendor has calls in the language, its own or its kind's."""
        return lang in v.langs or lang in self.kinds.get(v.kind, {})


def _strings(value: Any, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise ValueError(f"{where}: expected a list of non-empty strings")
    return tuple(value)


def load(path: Path | None = None) -> Catalogue:
    """Parse and validate sdk_calls.toml; errors name the vendor and key."""
    path = path or rules_dir() / "sdk_calls.toml"
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    vendors: list[Vendor] = []
    for i, raw in enumerate(data.get("vendor", [])):
        where = f"{path.name}: vendor {raw.get('name', i + 1)!r}"
        unknown = set(raw) - {"name", "kind", "tokens", "words", "hosts", "clients", *LANGUAGES}
        if unknown or "name" not in raw:
            raise ValueError(f"{where}: unknown or missing keys {sorted(unknown) or ['name']}")
        langs: dict[str, LangSpec] = {}
        for lang in LANGUAGES:
            spec = raw.get(lang)
            if spec is None:
                continue
            bad = set(spec) - set(LangSpec.__dataclass_fields__)
            if bad:
                raise ValueError(f"{where}.{lang}: unknown keys {sorted(bad)}")
            langs[lang] = LangSpec(**{k: _strings(v, f"{where}.{lang}.{k}") for k, v in spec.items()})
        vendors.append(Vendor(raw["name"], raw.get("kind", ""), _strings(raw.get("tokens", []), f"{where}.tokens"),
                              _strings(raw.get("words", []), f"{where}.words"),
                              _strings(raw.get("hosts", []), f"{where}.hosts"),
                              _strings(raw.get("clients", []), f"{where}.clients"), langs))
    http = {lang: Http(_strings(v.get("methods", []), f"http.{lang}.methods"),
                       _strings(v.get("functions", []), f"http.{lang}.functions"),
                       _strings(v.get("not_inside", []), f"http.{lang}.not_inside"))
            for lang, v in data.get("http", {}).items()}
    kinds: dict[str, dict[str, LangSpec]] = {}
    for kind, raw in data.get("kind", {}).items():
        where = f"{path.name}: kind {kind!r}"
        if not isinstance(raw, dict) or set(raw) - set(LANGUAGES):
            raise ValueError(f"{where}: unknown keys {sorted(set(raw) - set(LANGUAGES)) if isinstance(raw, dict) else raw}")
        kinds[kind] = {}
        for lang, spec in raw.items():
            if not isinstance(spec, dict) or set(spec) - {"calls"}:
                raise ValueError(f"{where}.{lang}: only `calls` may be given")
            kinds[kind][lang] = LangSpec(calls=_strings(spec.get("calls", []), f"{where}.{lang}.calls"))
    for v in vendors:
        if kinds and v.kind not in kinds:
            raise ValueError(f"{path.name}: vendor {v.name!r}: kind {v.kind!r} has no [kind.{v.kind}] table")
    return Catalogue(tuple(vendors), http, kinds)


# Naming helpers shared by the rule generators (scanner.code.sdkgen, scanner.code.sdkapi).
SHORT = 3  # words this short name a client only exactly (mp, cio), never as part of a longer name

def q(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def alt(words: list[str]) -> str:
    return "|".join(sorted({re.escape(w) for w in words}, key=lambda w: (-len(w), w)))


def guard(words: list[str]) -> str:
    long = [w for w in words if len(w) > SHORT]
    short = [w for w in words if len(w) <= SHORT]
    # Short words (mp, FS, hj) only as whole words in their own case: `fs` is Node's file-system module.
    parts = [alt(long)] + ([rf"(?-i:\b(?:{alt(short)})\b)"] if short else [])
    return rf"(?s)\A(?=.*?(?i:{'|'.join(p for p in parts if p)})).+"


def receiver(words: list[str], lang: str = "") -> str:
    """A client variable named for the vendor: mixpanel, self._mixpanel, @mixpanel_client, $this->mixpanel, mp, the
    client a getter named for it returns (posthog(), getMixpanel()), or in Ruby one made on the spot (KlaviyoClient.new)."""
    ids = [w for w in words if re.fullmatch(r"\w+", w)]
    long = [w for w in ids if len(w) > SHORT]
    short = [w for w in ids if len(w) <= SHORT]
    alts = ([rf"_*\w*(?:{alt(long)})\w*"] if long else []) + ([rf"_*(?:{alt(short)})"] if short else [])
    # a Ruby client built on the spot counts too: KlaviyoClient.new.upsert_profile(...)
    made = r"|\.new" if lang == "ruby" else ""
    return rf"(?i)^(?:.*(?:\.|->|::))?[@$]?(?:{'|'.join(alts)})(?:\(\){made})?$"


# Vendor words that name a kind of tool rather than the vendor: `analytics_client` is anybody's.
# So are the objects a callback is handed (Bugsnag's `event`, `report`): they take no kind's default calls.
NOT_VENDOR = frozenset({"analytics", "heap", "tracker", "segment_io", "dataLayer", "event", "report"})


def vendor_names(v: Vendor) -> list[str]:
    """The vendor's own names among its words (segment, mixpanel, braze), not tool words (analytics)."""
    return [w for w in v.words if len(w) > SHORT and w not in NOT_VENDOR and re.fullmatch(r"\w+", w)]


def tokens(v: Vendor) -> list[str]:
    """The vendor's tokens, and the names an app gives its client of that vendor (SEGMENT_CLIENT, brazeClient)."""
    return [*v.tokens, *(f"{n}{sep}client" for n in vendor_names(v) for sep in ("_", ""))]


def client_names(v: Vendor) -> list[str]:
    """Names a variable holding the vendor's client may carry: its words, and its tokens that are plain names."""
    return list(v.words) + list(v.clients) + [t for t in v.tokens if re.fullmatch(r"[a-z_]+", t)]


def sep(lang: str) -> str:
    return "->" if lang == "php" else "."


def path(lang: str, path: str) -> list[str]:
    return [p for p in path.split(".") if p]


def call(lang: str, receiver: str, parts: list[str]) -> str:
    s = sep(lang)
    return receiver + "".join(f"{s}{p}" for p in parts[:-1]) + f"{s}{parts[-1]}(...)"


__all__ = ["LANGUAGES", "NOT_VENDOR", "SHORT", "Catalogue", "Http", "LangSpec", "Vendor", "alt", "call", "client_names",
           "guard", "load", "path", "q", "receiver", "sep", "tokens", "vendor_names"]
