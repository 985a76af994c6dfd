"""Generates the vendor part of the pii_to_third_party Semgrep rules from rules/sdk_calls.toml, so an analyst adds
a vendor SDK or HTTP API as data instead of editing six YAML files. Each rules/semgrep/pii_to_third_party/<lang>.yaml
carries blocks between `# >>> sdkgen <block>` and `# <<< sdkgen` marker lines; this module rewrites their contents:
`sdk-guard` / `api-guard` (the whole-file regex the taint sources start with: no vendor word, no source search),
`sdk-sinks` (the vendors' SDK calls, payload constructors and functions, then each kind's default calls on the
clients of every vendor of that kind), `sdk-safe` (SDK calls that hash inside),
and `api-sinks` (HTTP requests sent from a file that talks to a vendor; scanner.code.sdkapi writes those two).
The catalogue is read by scanner.code.sdkcatalogue. `python -m scanner.code.sdkgen` rewrites the files; `--check`
only reports stale ones (the rule tests run it). Hand-written parts of the rules (sources, sanitizers, messages)
are left alone.
"""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

from scanner.code import sdkcatalogue as sc
from scanner.code.sdkapi import api_guard, api_sinks
from scanner.code.sdkcatalogue import LANGUAGES, Catalogue, load
from scanner.resources import rules_dir

_BEGIN = re.compile(r"^(?P<indent>\s*)# >>> sdkgen (?P<block>[\w-]+)\s*$")
_END = re.compile(r"^\s*# <<< sdkgen\s*$")
_HTTP_VERBS = r"^(?:request|post|put|patch|send|sendRequest|postJson|post_json|Post|Do)$"


def _new(lang: str, ctor: str) -> str:
    if lang in ("java", "javascript", "php"):
        return f"new {ctor}(...)"
    if lang == "go" and not ctor.rsplit(".", 1)[-1].startswith("New"):
        return ctor + "{...}"
    return f"{ctor}(...)"


def _item(lines: list[str], pattern: str) -> None:
    lines.append(f"- pattern: {sc.q(pattern)}")


def _on_clients(out: list[str], lang: str, names: list[str], calls: tuple[str, ...]) -> None:
    """Method calls on a client with one of `names`, grouped by the path before the method."""
    groups: dict[tuple[str, ...], list[str]] = {}
    for call in calls:
        parts = sc.path(lang, call)
        groups.setdefault(tuple(parts[:-1]), []).append(parts[-1])
    for prefix, methods in groups.items():
        out.append("- patterns:")
        out.append(f"    - pattern: {sc.q(sc.call(lang, '$SDK', [*prefix, '$METHOD']))}")
        out.append("    - metavariable-regex:")
        out.append("        metavariable: $SDK")
        out.append(f"        regex: {sc.q(sc.receiver(names, lang))}")
        out.append("    - metavariable-regex:")
        out.append("        metavariable: $METHOD")
        out.append(f"        regex: {sc.q('^(?:' + sc.alt(methods) + ')$')}")


def _named_http(out: list[str], lang: str, names: list[str]) -> None:
    # A plain HTTP client named for the vendor (a Symfony scoped client $this->segment, self.braze_http):
    # what it sends goes to the vendor whatever the endpoint.
    out += ["- patterns:", f"    - pattern: {sc.q(sc.call(lang, '$SDK', ['$METHOD']))}",
            "    - metavariable-regex:", "        metavariable: $SDK", f"        regex: {sc.q(sc.receiver(names, lang))}",
            "    - metavariable-regex:", "        metavariable: $METHOD", f"        regex: {sc.q(_HTTP_VERBS)}"]


def kind_sinks(cat: Catalogue, lang: str) -> list[str]:
    """The default calls of each kind ([kind.<kind>]) on the clients of every vendor of that kind, and the plain
    HTTP clients named for any vendor that speaks the language."""
    out: list[str] = []
    for kind, langs in cat.kinds.items():
        vendors = cat.of_kind(kind)
        spec = langs.get(lang)
        if spec is None or not vendors:
            continue
        out.append(f"# every {kind} vendor: [kind.{kind}] calls")
        # Tool words (analytics, tracker) name the app's own wrappers as often as a vendor's client: not here.
        names = [n for v in vendors for n in sc.client_names(v) if re.fullmatch(r"\w+", n) and n not in sc.NOT_VENDOR]
        _on_clients(out, lang, sorted(set(names)), spec.calls)
    # One pattern for every vendor that speaks the language: a plain HTTP client named for it.
    names = sorted({n for v in cat.vendors if cat.speaks(v, lang) for n in sc.vendor_names(v)})
    if names:
        out.append("# a plain HTTP client named for a vendor")
        _named_http(out, lang, names)
    return out


def sdk_sinks(cat: Catalogue, lang: str) -> list[str]:
    """YAML list items (unindented) for the vendors' SDK calls in one language."""
    out: list[str] = []
    for v in cat.vendors:
        spec = v.langs.get(lang)
        if spec is None:
            continue
        out.append(f"# {v.name} ({v.kind})")
        _on_clients(out, lang, sc.client_names(v), spec.calls)
        if lang == "java" and spec.types and spec.calls:
            methods = sorted({sc.path(lang, c)[-1] for c in spec.calls})
            out.append("- patterns:")
            out.append("    - pattern-either:")
            for t in spec.types:
                out.append(f"        - pattern: {sc.q(f'({t} $SDK).$METHOD(...)')}")
            out.append("    - metavariable-regex:")
            out.append("        metavariable: $METHOD")
            out.append(f"        regex: {sc.q('^(?:' + sc.alt(methods) + ')$')}")
        literal = [sc.call(lang, "$SDK", sc.path(lang, p)) for p in spec.any_receiver]
        structs = [t for t in spec.types if lang == "go" and not t.rsplit(".", 1)[-1].startswith("New")]
        if structs:
            # Each field value of the message struct is the sink, so a finding points at the field that
            # carries the data rather than at the first line of a long literal. The package may be imported
            # under another name (segment "github.com/segmentio/analytics-go").
            pkgs = sorted({t.rsplit(".", 1)[0] for t in structs} | {w for w in v.words if re.fullmatch(r"\w+", w)})
            out += ["- patterns:", f"    - pattern: {sc.q('$PKG.$TYPE{..., $FIELD: $ARG, ...}')}",
                    "    - metavariable-regex:", "        metavariable: $PKG", f"        regex: {sc.q('^(?:' + sc.alt(pkgs) + ')$')}",
                    "    - metavariable-regex:", "        metavariable: $TYPE",
                    f"        regex: {sc.q('^(?:' + sc.alt([t.rsplit('.', 1)[1] for t in structs]) + ')$')}",
                    "    - focus-metavariable: $ARG"]
        literal += [_new(lang, t) for t in spec.types if lang == "go" and t not in structs]
        literal += [_new(lang, p) for p in spec.payloads]
        literal += [f"{f}(...)" for f in spec.functions]
        if lang == "php":  # a static call may name the class from the root namespace: \Segment::identify(...)
            literal += [f"\\{f}(...)" for f in spec.functions if "::" in f and not f.startswith("\\")]
        for pattern in literal:
            _item(out, pattern)
    return out + kind_sinks(cat, lang)


def sdk_safe(cat: Catalogue, lang: str) -> list[str]:
    out: list[str] = []
    for v in cat.vendors:
        spec = v.langs.get(lang)
        for ctor in spec.safe if spec else ():
            out.append(f"# {v.name}: the SDK normalises and hashes what it is given")
            _item(out, _new(lang, ctor))
    return out


def sdk_guard(cat: Catalogue, lang: str) -> list[str]:
    words = [w for v in cat.vendors if cat.speaks(v, lang) for w in (*sc.tokens(v), *v.words, *v.hosts)]
    words += [w for v in cat.vendors for w in (*sc.tokens(v), *v.hosts)]
    return [f"- pattern-regex: {sc.q(sc.guard(words))}"]


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
