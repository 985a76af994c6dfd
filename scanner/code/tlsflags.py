"""TLS certificate checks switched off by an option, in any language, also when the switch is a setting. The
insecure_transport rules know each HTTP client's own option; a client they have never seen (pycurl's
`setopt(pycurl.SSL_VERIFYPEER, 0)`, Excon's `ssl_verify_peer:`, Helidon's `.trustAll(...)`) or an option fed from
configuration (`rejectUnauthorized: fleetbook.strictTls`, `InsecureSkipVerify: c.Schools.SkipVerify`, `'verify' =>
$config->get('council.verify_tls')`) escapes them. Here the option names come from data (rules/tls_options.toml)
and the value is judged, not matched: a literal; a configuration read, resolved through the project's
configuration files (scanner.code.configvalues; keys compared on their trailing words as scanner.code.configurls
does, `${VAR:default}` placeholders and environment reads taking their written default); a comparison or negation
of one (`ENV.fetch("X", "false") == "true"`); a local variable or field set from one earlier in the file; a parameter
of the function building the client, by what its callers in the file pass (`newClient(revel.Config.BoolDefault(
"tannery.insecure_skip_verify", false))` for `InsecureSkipVerify: insecure`). An option
is reported (rule `tls-verification-disabled-config`) only when its value is known and turns checking off, and with
it each setting that decided so (`tls-verification-disabled-setting`: the line to change); settings files of tests
and development are not read. An option of one request passes the same per-request gate as the language rules' TLS
matches (scanner.code.transport), and overlaps with them collapse into one finding. A configuration file that sets an
option on a client itself (Symfony's scoped clients in framework.yaml, Spring properties bound to a client, a `.env`
switch named for the option) is read too: a setting whose key ends with an option's name (not the loose `verify`)
and whose value turns checking off is reported as the line to change, once.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from scanner.code import transport
from scanner.code.chains import blank, call_arguments, strings
from scanner.code.clients import deciding
from scanner.code.configvalues import CODE, SETTINGS_CODE, Settings, settings_file
from scanner.code.filelines import FileLines
from scanner.code.semgrep import Match
from scanner.code.settingvalue import Judge, expression_at
from scanner.resources import rules_dir

RULE = "tls-verification-disabled-config"
SETTING_RULE = "tls-verification-disabled-setting"
_TLS_LINE = re.compile(r"(?i)tls|ssl|cert|https|transport|agent|dial|httpclient|http\.client|curl|guzzle")
_SWITCH = re.compile(r"(?i)tls|ssl|verif|cert|insecure|trust|reject|strict|self.?signed|peer")
# an HTTP client being built or called (Laravel's Http facade, Guzzle, Faraday, requests/httpx sessions)
_HTTP_CLIENT = re.compile(r"(?i)\bHttp::|->withOptions\(|new\s+(?:\\?GuzzleHttp\\)?Client\(|Faraday\.new|"
                          r"requests\.(?:Session|get|post|put|patch|request)\b|httpx\.(?:Client|AsyncClient)\b")
_CUE = re.compile(r"(?i)verif|insecure|trust|reject|strict|ssl|tls|cert|hostname")
# (a key's colon follows it directly: `X ? A::VERIFY_PEER : A::VERIFY_NONE` is a ternary, not an option)
_OPTION = re.compile(r"(?<![\w$])(?<!::)(?P<name>[A-Za-z_]\w*)['\"]?\]?(?:[ \t]*(?P<sep>=>|:=|=(?![=>~])|,|\()|(?P<colon>:)(?![:=]))[ \t]*")
_SKIP = re.compile(r"^\s*(?:#|//|/?\*|--|(?:async\s+)?(?:def|func|function|fn)\b|(?:(?:public|private|protected|"
                   r"static|final)\s+)+[\w<>\[\], ?]+\s+\w+\s*\()")
# Words of the options themselves: a key's tail made of them says which flag, not whose.
_FLAG_WORDS = frozenset({"strict", "tls", "ssl", "verify", "verification", "skip", "insecure", "trust", "all", "reject",
                         "unauthorized", "peer", "host", "hostname", "cert", "certs", "certificate", "check",
                         "validate", "enabled", "enable", "disable", "disabled", "ignore", "errors", "allow",
                         "accept", "invalid", "mode", "no"})


def wanted(name: str) -> bool:
    """Whether a file of this name is read for settings even where the literal pass is off."""
    return settings_file(name)


@cache
def _names() -> dict[str, str]:
    data = tomllib.loads((rules_dir() / "tls_options.toml").read_text(encoding="utf-8"))
    names = {name: kind for kind in ("on", "off", "loose") for name in data.get(kind, [])}
    return names | {name: "off?" for name in data.get("off_in_context", [])}


def _named(key: str) -> str | None:
    """The kind of TLS option a setting's key ends with (`verify_peer`, `BOXCOVER_REJECT_UNAUTHORIZED`), if any."""
    n = re.sub(r"[^a-z0-9]", "", key.lower())
    ends = [name for name in _names() if n.endswith(name) and len(name) >= 8]
    return _names()[max(ends, key=len)] if ends else None


def _normal(name: str) -> str:
    n = re.sub(r"[^a-z0-9]", "", name.lower())
    for prefix in ("curlopt", "set", "with"):
        if n.startswith(prefix) and n[len(prefix):] in _names():
            return n[len(prefix):]
    return n


@dataclass(frozen=True)
class Site:
    path: Path
    line: int
    column: int
    option: str
    kind: str  # on | off | loose (rules/tls_options.toml)
    value: str


def sites(path: Path, text: str, settings: bool = False) -> list[Site]:
    """The TLS options given a value in a source file. In a settings module (`settings`) a key given a value only
    holds it: the option it feeds is reported where a client takes it; calls and attributes there still count."""
    found: list[Site] = []
    names = _names()
    lines = text.splitlines()
    for no, line in enumerate(lines, 1):
        if not _CUE.search(line) or _SKIP.match(line):
            continue
        for m in _OPTION.finditer(line):
            kind = names.get(_normal(m.group("name")))
            if kind == "off?":
                kind = "off" if _TLS_LINE.search(line[:m.start()] + line[m.end():]) else None
            if kind:
                value, end = expression_at(line, m.end())
                # `name = value` sets an option only on an object (client.verify = False) or as a keyword argument
                # (verify_ssl=False, inside a call); a variable of that name is a value on its way somewhere
                sep = m.group("sep") or ":"
                attribute = re.search(r"(?:\.|->|\[\s*:?['\"]?)$", line[:m.start()])
                assigned = sep in ("=", ":=") and not attribute
                keyed = sep in (":", "=>") or assigned
                # (in a settings module, a key inside a call's arguments is a client's option:
                # `Faraday.new(url: ..., ssl: { verify: ... })` in a Rails initializer)
                before = "\n".join([*lines[max(0, no - 3):no - 1], line[:m.start()]])
                held = settings and keyed and before.count("(") <= before.count(")")
                if value and not (assigned and end not in (",", ")")) and not held:
                    found.append(Site(path, no, m.start() + 1, m.group("name"), kind, value))
    return found


@dataclass
class TlsFlags:
    """Options of the scanned sources and settings of its configuration files, gathered file by file."""

    settings: Settings = field(default_factory=Settings)
    found: list[tuple[Site, str]] = field(default_factory=list)

    def observe(self, rel: str, path: Path, text: str, project: str) -> None:
        self.settings.observe(rel, path, text, project)
        if rel.endswith(CODE) and _CUE.search(text):
            self.found += [(s, project) for s in sites(path, text, bool(SETTINGS_CODE.search(rel)))]

    def matches(self, files: FileLines) -> tuple[Match, ...]:
        """The options that turn checking off, each followed by the settings that made it so (the line to change:
        `insecure_skip_verify: true`, `VERIFY_TLS=false`), unless the option is one request's and that request
        carries no personal data (scanner.code.transport)."""
        out: list[Match] = []
        last: tuple[Path, int] | None = None
        seen: set[tuple[Path, int]] = set()
        for site, project in sorted(self.found, key=lambda f: (str(f[0].path), f[0].line)):
            # options set together (ssl_verify_peer and ssl_verify_host, pycurl's VERIFYPEER then VERIFYHOST) turn
            # off one client's checks: one finding, at the first
            if last and last[0] == site.path and site.line - last[1] <= 2:
                continue
            lines = files.lines(site.path)
            judge = Judge(self.settings, project, lines, site.line, _FLAG_WORDS)
            value = judge.truth(site.value)
            if value is None and _IDENT.fullmatch(site.value):
                # a parameter of the function that builds the client (`InsecureSkipVerify: insecure` in `func
                # newClient(insecure bool, ...)`): a caller passing a value that turns checks off decides (`Tannery =
                # newClient(revel.Config.BoolDefault("tannery.insecure_skip_verify", false), ...)`); a caller whose
                # argument is an option of its own (`_session(verify=...)`) is reported as that option
                for no, argument in given(lines, site.line, site.value):
                    keyword = _KEYWORD.match(argument)
                    if keyword and (_normal(keyword.group(1)) in _names()
                                    or keyword.group(1) != site.value.lstrip("$@")):
                        continue
                    caller = Judge(self.settings, project, lines, no, _FLAG_WORDS)
                    passed = caller.truth(keyword.group(2) if keyword else argument)
                    if passed is not None and passed != (site.kind != "off"):
                        judge, value = caller, passed
                        break
            if value is None or value == (site.kind != "off"):
                continue
            # (a setting that reads another names it in its value: env('GLAZIER_VERIFY_TLS', false); an HTTP client
            # built around the option says what it verifies: `Http::baseUrl(...)->withOptions(['verify' => ...])`)
            if site.kind == "loose" and not any(re.search(r"(?i)tls|ssl|cert|peer|insecure", f"{h.key} {h.value}")
                                                for h in judge.hops) \
                    and not _HTTP_CLIENT.search("\n".join(files.lines(site.path)[max(0, site.line - 4):site.line])):
                continue
            said = f", {str(value).lower()} in {judge.hops[0].rel} ({judge.hops[0].key})" if judge.hops else ""
            match = Match(RULE, site.path, site.line, site.line, site.column,
                          f"TLS certificate verification is turned off: {site.option} is {site.value}{said}. "
                          f"{_RISK}", "high", dict(_META, confidence="MEDIUM" if judge.hops else "HIGH"))
            if not transport.keep(match, files.lines(site.path)):
                continue
            last = (site.path, site.line)
            out.append(match)
            # the switches among the settings that decided it (not NODE_ENV, whose value a comparison read)
            for hop in deciding([h for h in judge.hops if _SWITCH.search(h.key)]):
                if (hop.path, hop.line) not in seen:
                    seen.add((hop.path, hop.line))
                    out.append(Match(SETTING_RULE, hop.path, hop.line, hop.line, 1,
                                     f"This setting ({hop.key}) turns TLS certificate verification off for the client at "
                                     f"{site.path.name}:{site.line}. {_RISK}", "high", dict(_META, confidence="MEDIUM")))
        return tuple(out) + self._configured(files, seen)

    def _configured(self, files: FileLines, seen: set[tuple[Path, int]]) -> tuple[Match, ...]:
        """Options a configuration file sets on a client itself, whose value turns checking off: Symfony's scoped
        clients (`verify_peer: '%env(bool:COURIER_VERIFY_PEER)%'` in framework.yaml, with `COURIER_VERIFY_PEER=0`),
        Spring properties bound to a client (`trust-all-certificates: ${VANLINE_TRUST_ALL:true}`), a `.env` switch
        (`BOXCOVER_REJECT_UNAUTHORIZED=false`). Only the names that say TLS by themselves (not `verify`); settings
        already reported through the code that reads them are not reported twice."""
        out: list[Match] = []
        every = {(h.path, h.line): h for hits in self.settings.by_tail.values() for h in hits if not h.rel.endswith(CODE)}
        for (path, line), setting in sorted(every.items(), key=lambda kv: (str(kv[0][0]), kv[0][1])):
            kind = _named(setting.key.rsplit(".", 1)[-1])
            if kind not in ("on", "off") or (path, line) in seen:
                continue
            judge = Judge(self.settings, setting.project, files.lines(path), line, _FLAG_WORDS)
            value = judge.truth(setting.value)
            if value is None or value == (kind == "on"):
                continue
            seen.add((path, line))
            out.append(Match(SETTING_RULE, path, line, line, 1,
                             f"This setting ({setting.key}: {setting.value}) turns TLS certificate verification off "
                             f"for the client configured with it. {_RISK}", "high", dict(_META, confidence="MEDIUM")))
        return tuple(out)


_IDENT = re.compile(r"[$@]?[A-Za-z_]\w*")
_KEYWORD = re.compile(r"(\w+)\s*=(?![=>])\s*(.+)", re.S)
# a function's head and its parameter list: Go (with a receiver), Python, Ruby, JS, PHP, Java/Kotlin methods
_HEAD = re.compile(r"^\s*(?:(?:export\s+)?(?:async\s+)?(?:func(?:\s*\([^)]*\))?|def|function|fun)\s+(?:self\.)?"
                   r"|(?:(?:public|private|protected|static|final|internal)\s+)+[\w.<>\[\], ]*?)(\w+)\s*\(([^)]*)\)")


def given(lines: list[str], line: int, name: str) -> list[tuple[int, str]]:
    """(line, argument) for each call, in the file, of the function enclosing `line` (1-based) whose parameter
    `name` is: `newClient(revel.Config.BoolDefault("tannery.insecure_skip_verify", false), ...)` for
    `func newClient(insecure bool, ...)`."""
    bare = name.lstrip("$@")
    for i in range(line - 2, max(-1, line - 42), -1):
        head = _HEAD.match(lines[i])
        if not head:
            continue
        params = [p.strip() for p in head.group(2).split(",")]
        at = next((k for k, p in enumerate(params) if re.search(rf"(?<![\w]){re.escape(bare)}\b", p.replace("$", ""))),
                  None)
        if at is None:
            return []
        call = re.compile(rf"(?<![\w.$>]){re.escape(head.group(1))}\s*\(")
        out = []
        for no, text in enumerate(lines, 1):
            for m in call.finditer(text) if no != i + 1 else ():
                code = blank(text[m.end():], strings(text[m.end():]))
                arguments = call_arguments(code, text[m.end():])
                if at < len(arguments):
                    out.append((no, arguments[at]))
        return out
    return []


_RISK = ("Anyone on the network path can read and alter this traffic (PCI DSS 4.2.1, GDPR Art. 32); keep verification "
         "on and trust a private CA through its bundle instead.")


_META = {"category": "insecure_transport", "cwe": ["CWE-295: Improper Certificate Validation"],
         "owasp": ["A02:2021 - Cryptographic Failures", "A07:2021 - Identification and Authentication Failures"],
         "regulation": ["PCI DSS v4.0 req. 4.2.1", "GDPR Art. 32(1)(a)"],
         "claims": ["encrypts_in_transit", "security_measures"], "severity_level": "high"}

__all__ = ["CODE", "RULE", "SETTING_RULE", "Site", "TlsFlags", "sites", "wanted"]
