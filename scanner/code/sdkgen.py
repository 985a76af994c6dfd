"""Generates the vendor part of the pii_to_third_party Semgrep rules from rules/sdk_calls.toml, so an analyst adds
a vendor SDK or HTTP API as data instead of editing six YAML files. Each rules/semgrep/pii_to_third_party/<lang>.yaml
carries blocks between `# >>> sdkgen <block>` and `# <<< sdkgen` marker lines; this module rewrites their contents:
`sdk-guard` / `api-guard` (the whole-file regex the taint sources start with: no vendor word, no source search),
`sdk-sinks` (the vendors' SDK calls, payload constructors and functions), `sdk-safe` (SDK calls that hash inside),
and `api-sinks` (HTTP requests sent from a file that talks to a vendor). `python -m scanner.code.sdkgen` rewrites
the files; `--check` only reports stale ones (the rule tests run it). Hand-written parts of the rules (sources,
sanitizers, messages) are left alone.
"""

from __future__ import annotations

import re
import sys
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from scanner.resources import rules_dir

LANGUAGES = ("python", "javascript", "java", "go", "ruby", "php")
_BEGIN = re.compile(r"^(?P<indent>\s*)# >>> sdkgen (?P<block>[\w-]+)\s*$")
_END = re.compile(r"^\s*# <<< sdkgen\s*$")
_GENERIC = frozenset({"set", "setOnce", "set_once", "create", "create!", "update", "save", "event", "add", "get", "append",
                      "union", "merge", "push", "send", "track", "import", "deliver", "boot", "register", "page", "group",
                      "alias", "screen", "Update", "Import", "Event", "sendMessage", "enqueue", "Enqueue", "Track", "SetUser",
                      "setUser", "set_user", "users.create"})
_SHORT = 3  # words this short name a client only exactly (mp, cio), never as part of a longer name
# A mailer, queue, cache or store is not the HTTP client that reaches the vendor.
_NOT_HTTP = r"^(?!(?:.*(?:\.|->|::))?[@$]?\w*(?i:mail|smtp|sms|cache|redis|logger|queue|jobs?|repo|repository|dao|store|bus)\w*$)"


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


@dataclass(frozen=True)
class Catalogue:
    vendors: tuple[Vendor, ...]
    http: dict[str, Http]


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
                       _strings(v.get("functions", []), f"http.{lang}.functions"))
            for lang, v in data.get("http", {}).items()}
    return Catalogue(tuple(vendors), http)


def _q(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _alt(words: list[str]) -> str:
    return "|".join(sorted({re.escape(w) for w in words}, key=lambda w: (-len(w), w)))


def _guard(words: list[str]) -> str:
    long = [w for w in words if len(w) > _SHORT]
    short = [w for w in words if len(w) <= _SHORT]
    # Short words (mp, FS, hj) only as whole words in their own case: `fs` is Node's file-system module.
    parts = [_alt(long)] + ([rf"(?-i:\b(?:{_alt(short)})\b)"] if short else [])
    return rf"(?s)\A(?=.*?(?i:{'|'.join(p for p in parts if p)})).+"


def _receiver(words: list[str]) -> str:
    """A client variable named for the vendor: mixpanel, self._mixpanel, @mixpanel_client, $this->mixpanel, mp."""
    ids = [w for w in words if re.fullmatch(r"\w+", w)]
    long = [w for w in ids if len(w) > _SHORT]
    short = [w for w in ids if len(w) <= _SHORT]
    alts = ([rf"_*\w*(?:{_alt(long)})\w*"] if long else []) + ([rf"_*(?:{_alt(short)})"] if short else [])
    return rf"(?i)^(?:.*(?:\.|->|::))?[@$]?(?:{'|'.join(alts)})$"


def _client_names(v: Vendor) -> list[str]:
    """Names a variable holding the vendor's client may carry: its words, and its tokens that are plain names."""
    return list(v.words) + list(v.clients) + [t for t in v.tokens if re.fullmatch(r"[a-z_]+", t)]


def _sep(lang: str) -> str:
    return "->" if lang == "php" else "."


def _path(lang: str, path: str) -> list[str]:
    return [p for p in path.split(".") if p]


def _call(lang: str, receiver: str, path: list[str]) -> str:
    sep = _sep(lang)
    return receiver + "".join(f"{sep}{p}" for p in path[:-1]) + f"{sep}{path[-1]}(...)"


def _new(lang: str, ctor: str) -> str:
    if lang in ("java", "javascript", "php"):
        return f"new {ctor}(...)"
    if lang == "go" and not ctor.rsplit(".", 1)[-1].startswith("New"):
        return ctor + "{...}"
    return f"{ctor}(...)"


def _item(lines: list[str], pattern: str) -> None:
    lines.append(f"- pattern: {_q(pattern)}")


def sdk_sinks(cat: Catalogue, lang: str) -> list[str]:
    """YAML list items (unindented) for the vendors' SDK calls in one language."""
    out: list[str] = []
    for v in cat.vendors:
        spec = v.langs.get(lang)
        if spec is None:
            continue
        out.append(f"# {v.name} ({v.kind})")
        # Method calls on a client named for the vendor, grouped by the path before the method.
        groups: dict[tuple[str, ...], list[str]] = {}
        for call in spec.calls:
            parts = _path(lang, call)
            groups.setdefault(tuple(parts[:-1]), []).append(parts[-1])
        for prefix, methods in groups.items():
            out.append("- patterns:")
            out.append(f"    - pattern: {_q(_call(lang, '$SDK', [*prefix, '$METHOD']))}")
            out.append("    - metavariable-regex:")
            out.append("        metavariable: $SDK")
            out.append(f"        regex: {_q(_receiver(_client_names(v)))}")
            out.append("    - metavariable-regex:")
            out.append("        metavariable: $METHOD")
            out.append(f"        regex: {_q('^(?:' + _alt(methods) + ')$')}")
        if lang == "java" and spec.types and spec.calls:
            methods = sorted({_path(lang, c)[-1] for c in spec.calls})
            out.append("- patterns:")
            out.append("    - pattern-either:")
            for t in spec.types:
                out.append(f"        - pattern: {_q(f'({t} $SDK).$METHOD(...)')}")
            out.append("    - metavariable-regex:")
            out.append("        metavariable: $METHOD")
            out.append(f"        regex: {_q('^(?:' + _alt(methods) + ')$')}")
        literal = [_call(lang, "$SDK", _path(lang, p)) for p in spec.any_receiver]
        structs = [t for t in spec.types if lang == "go" and not t.rsplit(".", 1)[-1].startswith("New")]
        if structs:
            # Each field value of the message struct is the sink, so a finding points at the field that
            # carries the data rather than at the first line of a long literal. The package may be imported
            # under another name (segment "github.com/segmentio/analytics-go").
            pkgs = sorted({t.rsplit(".", 1)[0] for t in structs} | {w for w in v.words if re.fullmatch(r"\w+", w)})
            out += ["- patterns:", f"    - pattern: {_q('$PKG.$TYPE{..., $FIELD: $ARG, ...}')}",
                    "    - metavariable-regex:", "        metavariable: $PKG", f"        regex: {_q('^(?:' + _alt(pkgs) + ')$')}",
                    "    - metavariable-regex:", "        metavariable: $TYPE",
                    f"        regex: {_q('^(?:' + _alt([t.rsplit('.', 1)[1] for t in structs]) + ')$')}",
                    "    - focus-metavariable: $ARG"]
        literal += [_new(lang, t) for t in spec.types if lang == "go" and t not in structs]
        literal += [_new(lang, p) for p in spec.payloads]
        literal += [f"{f}(...)" for f in spec.functions]
        if lang == "php":  # a static call may name the class from the root namespace: \Segment::identify(...)
            literal += [f"\\{f}(...)" for f in spec.functions if "::" in f and not f.startswith("\\")]
        for pattern in literal:
            _item(out, pattern)
    return out


def sdk_safe(cat: Catalogue, lang: str) -> list[str]:
    out: list[str] = []
    for v in cat.vendors:
        spec = v.langs.get(lang)
        for ctor in spec.safe if spec else ():
            out.append(f"# {v.name}: the SDK normalises and hashes what it is given")
            _item(out, _new(lang, ctor))
    return out


def sdk_guard(cat: Catalogue, lang: str) -> list[str]:
    words = [w for v in cat.vendors if lang in v.langs for w in (*v.tokens, *v.words, *v.hosts)]
    words += [w for v in cat.vendors for w in (*v.tokens, *v.hosts)]
    return [f"- pattern-regex: {_q(_guard(words))}"]


def api_guard(cat: Catalogue, lang: str) -> list[str]:
    return [f"- pattern-regex: {_q(_guard([w for v in cat.vendors for w in (*v.tokens, *v.hosts)]))}"]


def api_sinks(cat: Catalogue, lang: str) -> list[str]:
    """YAML list items for HTTP requests sent from a file that talks to a vendor."""
    http = cat.http.get(lang, Http())
    words = [w for v in cat.vendors for w in (*v.tokens, *v.words, *v.hosts) if len(w) > _SHORT]
    short = [w for v in cat.vendors for w in v.words if len(w) <= _SHORT]
    # A request to a URL named for another service (settings.PERMIT_OFFICE_URL) or written out for another
    # host ("https://crm.example.com/leads") is not the vendor's; a URL named for the vendor (AMPLITUDE_URL) or on
    # its host, a relative path on a vendor client, or any other expression is.
    # The URL expression may wrap the reference: f"{settings.X_URL}/orders", `${cfg.xUrl}/x`, X_URL + "/x".
    lead, tail = r"(?:[fr]?[\"'`]\$?\{)?", r"(?:\)?$|\}|\s*[+.]\s*)"
    named = (lead + r"(?:(?:[\w$]+(?:\.|->|::|\[[\"']?))+(?i:\w*(?:url|uri|endpoint|host)\w*)[\"']?\]?"
             r"|[A-Z0-9_]*(?:URL|URI|ENDPOINT|HOST)[A-Z0-9_]*)" + tail)
    generic = (lead + r"(?:[\w$]+(?:\.|->|::|\[[\"']?))*(?i:_*(?:base|api|service|root)?_?(?:url|uri|endpoint|host))"
               r"[\"']?\]?" + tail)
    vendor = rf"(?=.*(?i:{_alt(words)}|(?<![a-z])(?:{_alt(short)})(?![a-z])))"
    first = rf"^(?:{vendor}|(?={generic})|(?!{named})(?![fr]?[\"'`]https?://))"
    # The vendors' own SDK verbs too: in a file that imports the vendor, a client held under any name
    # (self.client.capture(...)) is the vendor's. Verbs every library has (set, create, update) are left out.
    verbs = sorted({_path(lang, c)[-1] for v in cat.vendors if lang in v.langs
                    for c in (*v.langs[lang].calls, *v.langs[lang].any_receiver)} - _GENERIC)
    out: list[str] = []
    if verbs:
        clients = [n for v in cat.vendors if lang in v.langs for n in _client_names(v) if re.fullmatch(r"\w+", n)]
        long_names = _alt([n for n in clients if len(n) > _SHORT])
        short_names = _alt([n for n in clients if len(n) <= _SHORT])
        named = rf"(?i)^(?!.*(?:{long_names})|(?:.*[^a-z])?(?:{short_names})(?![a-z]))"
        out += _focused(lang, [f"$HTTP{_sep(lang)}$CALLEE(...)"], False)
        out += ["    - metavariable-regex:", "        metavariable: $CALLEE",
                f"        regex: {_q('^(?:' + _alt(verbs) + ')$')}",
                # A client named for the vendor is the SDK rule's; this one finds it under any other name.
                "    - metavariable-regex:", "        metavariable: $HTTP", f"        regex: {_q(named)}"]
    for kind, calls in (("method", tuple(m for m in http.methods if "$" not in m)),
                        ("function", tuple(f for f in http.functions if "$" not in f))):
        if not calls:
            continue
        callee = f"$HTTP{_sep(lang)}$CALLEE" if kind == "method" else "$CALLEE"
        out += _focused(lang, [f"{callee}(...)"], lang != "go")
        if kind == "method":
            out += ["    - metavariable-regex:", "        metavariable: $HTTP", f"        regex: {_q(_NOT_HTTP)}"]
        out += ["    - metavariable-regex:", "        metavariable: $CALLEE",
                f"        regex: {_q('^(?:' + '|'.join(calls) + ')$')}"]
        if lang != "go":  # Go passes a context first: its URL is not in first place
            out += ["    - metavariable-regex:", "        metavariable: $FIRST", f"        regex: {_q(first)}"]
    raw = [f for f in (*http.methods, *http.functions) if "$" in f]
    if raw:
        out += _focused(lang, raw, True)
        out += ["    - metavariable-regex:", "        metavariable: $FIRST", f"        regex: {_q(first)}"]
    return out


def _focused(lang: str, calls: list[str], with_first: bool) -> list[str]:
    """A conjunction whose sink is each argument of the call ($ARG), not its receiver: Mail::to($email)->send()
    does not send the email to whoever `send` talks to. `$FIRST` is bound to the URL argument."""
    out = ["- patterns:", "    - focus-metavariable: $ARG", "    - pattern-either:"]
    for call in calls:
        head = call[: call.index("(")]
        args = "(..., $ARG, ...)"
        out.append(f"        - pattern: {_q(head + args)}")
        if lang == "python":
            out.append(f"        - pattern: {_q(head + '(..., $KW=$ARG, ...)')}")
        if lang == "ruby":
            out.append(f"        - pattern: {_q(head + '(..., $KW: $ARG, ...)')}")
    if with_first:
        out.append("    - pattern-either:")
        for call in calls:
            first = call if "$FIRST" in call else call[: call.index("(")] + "($FIRST, ...)"
            out.append(f"        - pattern: {_q(first)}")
    return out


BLOCKS = {"sdk-guard": sdk_guard, "sdk-sinks": sdk_sinks, "sdk-safe": sdk_safe, "api-guard": api_guard,
          "api-sinks": api_sinks}


def render(text: str, cat: Catalogue, lang: str, source: str = "<rule>") -> str:
    """The rule text with every sdkgen block regenerated."""
    out: list[str] = []
    lines = text.splitlines(keepends=True)
    i = 0
    while i < len(lines):
        out.append(lines[i])
        m = _BEGIN.match(lines[i].rstrip("\n"))
        i += 1
        if not m:
            continue
        if m.group("block") not in BLOCKS:
            raise ValueError(f"{source}:{i}: unknown sdkgen block {m.group('block')!r}")
        while i < len(lines) and not _END.match(lines[i]):
            i += 1
        if i == len(lines):
            raise ValueError(f"{source}: sdkgen block {m.group('block')!r} has no closing '# <<< sdkgen'")
        out += [m.group("indent") + line + "\n" for line in BLOCKS[m.group("block")](cat, lang)]
    return "".join(out)


def rule_files(root: Path | None = None) -> dict[str, Path]:
    base = root or rules_dir() / "semgrep" / "pii_to_third_party"
    return {lang: base / f"{lang}.yaml" for lang in LANGUAGES if (base / f"{lang}.yaml").is_file()}


def stale(root: Path | None = None) -> list[Path]:
    cat = load()
    return [p for lang, p in rule_files(root).items()
            if render(p.read_text(encoding="utf-8"), cat, lang, str(p)) != p.read_text(encoding="utf-8")]


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    try:
        if "--check" in args:
            old = stale()
            for path in old:
                print(f"{path}: out of date with sdk_calls.toml; run python -m scanner.code.sdkgen", file=sys.stderr)
            return 1 if old else 0
        cat = load()
        for lang, path in rule_files().items():
            text = path.read_text(encoding="utf-8")
            new = render(text, cat, lang, str(path))
            if new != text:
                path.write_text(new, encoding="utf-8")
                print(f"updated {path}")
    except (ValueError, tomllib.TOMLDecodeError, TypeError) as exc:
        print(f"sdkgen: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
