"""Plain-http URLs kept in configuration. A request that sends personal or card data to a URL read from settings
(`settings.PERMIT_OFFICE_URL`, `get_settings().legacy_url`, `ENV.fetch("PARTNER_URL")`, `config.services.pos.url`,
`Configure::read('Shipping.endpoint')`, a Symfony scoped client) goes out in clear when the project's configuration
gives that key an http:// value, which a rule reading one file cannot see. Rules marked with metadata
`config_url_gate` name the key in their message (`... config key 'X'`); `gate` keeps such a match only when some
configuration-like file of the match's own project or a project enclosing it (scanner.code.projects: with several
projects in one scan, a sibling's settings gate nothing) (settings and config modules, .env files, YAML/TOML/INI/properties/JSON, Node
config objects, PHP config arrays, Ruby settings, Go struct-tag defaults) assigns that key, or a default for it, a
plain http:// URL whose host is not the machine itself, and drops it otherwise. A value's key is its full path in
nested YAML, JSON, JS/Ruby hashes and PHP arrays (`services.legacyPos.url`), and keys are compared without case and
separators on their trailing parts: `legacyPos.url` matches `LEGACY_POS_URL` and `services.legacy_pos.url`,
`KioskBridge.URL` matches `KIOSK_BRIDGE_URL`. Trailing parts that name nothing in particular (`url`, `base_uri`,
`client.base_uri`) never match on their own, so one plain-http `url:` does not open every URL key of the tree.
A key that names a declarative client interface (Micronaut `@Client(id = "telematics")`, OpenFeign
`@FeignClient(url = "${crm.url}")`, `@RegisterRestClient(configKey = ...)`) stands for the URL its annotation
gives or its service is configured with (`micronaut.http.services.telematics.url`); a client field injected with
`@Qualifier("crmRestTemplate")`, or named like the bean, stands for the URL of the Spring bean's
`@Value("${crm.url}")` parameter.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from scanner.code import configvalues
from scanner.code.configvalues import GENERIC as _GENERIC
from scanner.code.configvalues import LOCAL
from scanner.code.configvalues import key_words as _parts
from scanner.code.projects import Projects, within
from scanner.code.semgrep import Match

GATE = "config_url_gate"
_KEY = re.compile(r"config key '[\"'$\{]*([A-Za-z_][\w.\-:>]*)[\"'\}]*'")
# A rule whose pattern left the key unbound prints the metavariable itself: no key, no finding.
_UNBOUND = re.compile(r"config key '\$[A-Z_]+'")
_URL = r"(http://[^\s\"'`]+)"
_NAME = r"[\"']?([A-Za-z_][\w.\-]*)[\"']?"
# One pass over a file's tokens: a key given a value holding an http:// URL on its line (KEY = "http://...",
# key: env.get('X', 'http://...'), 'key' => 'http://...', KEY=http://...), a key opening a nested object or array,
# and bare brackets (kept so their closers pop the right level).
_TOKENS = re.compile(
    rf"(?P<kv>(?:^|(?<=[\s{{(,\[$]))(?:{_NAME.replace('(', '(?P<key>', 1)})[ \t]*(?:=>|[:=])[ \t]*[^\n{{}}\[\]]*?"
    rf"[\"'`]?{_URL.replace('(', '(?P<url>', 1)})"
    rf"|(?P<open>(?:^|(?<=[\s{{(,\[]))(?:{_NAME.replace('(', '(?P<okey>', 1)})[ \t]*(?:=>|[:=])[ \t]*"
    r"(?:[\w.$:\\]*\(\s*)?(?P<obr>[\[{]|array\s*\())"
    r"|(?P<br>[\[{])|(?P<cl>[\]})])", re.M)
_DEFAULT = re.compile(rf"""["']([A-Za-z_][\w.\-]*)["']\s*,\s*["']{_URL}""")
# Ruby settings (dry-configurable / Hanami): setting :partner_url, default: "http://..."
_SETTING = re.compile(rf"""setting\s+:(\w+)\s*,[^\n]*?default:\s*["']{_URL}""")
# Go struct fields whose tag gives a default: KioskURL string `envconfig:"KIOSK_URL" default:"http://..."`
_GO_TAG = re.compile(rf"""^\s*(\w+)\s+[\w.*\[\]]+\s+`([^`\n]*default:"{_URL[:-1]})"[^`\n]*)`""", re.M)
_TAG_NAME = re.compile(r"""\b(?:envconfig|env|mapstructure|yaml|json|toml|koanf|split_words)\s*:\s*"([\w.\-]+)""")
# Declarative HTTP clients (Micronaut @Client, OpenFeign @FeignClient, MicroProfile @RegisterRestClient): the
# annotation's URL, or the service id / config key whose URL configuration gives, and the interface it marks.
_CLIENT = re.compile(r"@(?:Client|FeignClient|RegisterRestClient)\s*\(([^)]*)\)[^{;]*?\b(?:interface|class)\s+(\w+)")
_CLIENT_ID = re.compile(r'(?:^|[,(]\s*|\b(?:id|value|name|configKey)\s*=\s*)"([\w.\-]+)"')
_CLIENT_KEY = re.compile(r'\burl\s*=\s*"\$\{([\w.\-]+)(?::[^}]*)?\}"')
# Spring beans of HTTP clients built on a configured URL: @Bean RestTemplate crmRestTemplate(..., @Value("${crm.url}")
# String url): an injection point naming the bean (@Qualifier("crmRestTemplate")) sends to that property's URL.
_BEAN = re.compile(r"@Bean\b(?:\s*\(([^)]*)\))?\s+(?:(?:public|protected|private|static|final)\s+)*"
                   r"[\w.<>?,\[\] ]+?\s+(\w+)\s*\(((?:[^(){};]|\([^()]*\))*)\)")
_VALUE = re.compile(r'@Value\s*\(\s*"\$\{([\w.\-]+)(?::[^}]*)?\}"\s*\)')
# An injection point choosing a bean by name: @Qualifier("crmRestTemplate") RestTemplate crm (field or parameter).
_QUALIFIER = re.compile(r'@Qualifier\s*\(\s*(?:value\s*=\s*)?"(\w+)"\s*\)\s*(?:final\s+)?[\w.<>?, ]+?\s+(\w+)\s*[,);=]')
# Constructor injection by parameter name (Spring picks the bean named like an unqualified parameter when several
# of its type exist): RestClient gmsRestClient ... this.gms = gmsRestClient; the field stands for that bean.
_CLIENT_PARAM = re.compile(r"\b(?:RestTemplate|RestClient|WebClient)\s+(\w+)\s*[,)]")
_FIELD_SET = re.compile(r"\bthis\.(\w+)\s*=\s*(\w+)\s*;")
_NAMES = (".env", ".env.example", ".env.sample", ".env.production")
SUFFIXES = (".py", ".rb", ".js", ".ts", ".mjs", ".cjs", ".php", ".go", ".java", ".kt", ".env", ".yml", ".yaml",
            ".toml", ".ini", ".cfg", ".conf", ".json", ".properties")
def suffixes(parts: list[str]) -> set[str]:
    """The key joined, and its tails that still name two particular things (`legacy pos url` gives `pos url`;
    `processor url` gives none, so it is not taken for `legacy processor url`)."""
    tails = {"".join(parts[i:]) for i in range(1, len(parts)) if sum(p not in _GENERIC for p in parts[i:]) >= 2}
    return ({"".join(parts)} if any(p not in _GENERIC for p in parts) else set()) | tails


@dataclass
class PlainUrls:
    """The configuration keys of a tree whose value (or default) is a non-local http:// URL, per project (the
    project's path relative to the scanned root, "" for the root; see scanner.code.projects)."""

    scoped: dict[str, set[str]] = field(default_factory=dict)
    clients: dict[str, dict[str, set[str]]] = field(default_factory=dict)  # project -> client -> its URL's keys
    beans: dict[str, dict[str, str]] = field(default_factory=dict)  # project -> injected name -> bean name
    _project: str = ""

    @property
    def keys(self) -> set[str]:
        return self.scoped.setdefault(self._project, set())

    def _add(self, path: list[str], url: str) -> None:
        if not LOCAL.match(url):
            self.keys.update(suffixes(_parts(".".join(path))))

    def observe(self, name: str, text: str, project: str = "") -> None:
        self._project = project
        if name.endswith((".java", ".kt")):
            if "Client" in text:
                self._clients(text)
            if "@Bean" in text:
                self._beans(text)
            beans = self.beans.setdefault(self._project, {})
            for q in _QUALIFIER.finditer(text):  # @Qualifier("crmRestTemplate") RestTemplate crm
                beans[q.group(2)] = q.group(1)
            params = {p.group(1) for p in _CLIENT_PARAM.finditer(text)}
            for a in _FIELD_SET.finditer(text):  # this.gms = gmsRestClient, the parameter naming the bean
                if a.group(2) in params and a.group(1) != a.group(2):
                    beans[a.group(1)] = beans.get(a.group(2), a.group(2))
        if "http://" not in text or not (name.endswith(SUFFIXES) or name.startswith(_NAMES)):
            return
        if name.endswith((".yml", ".yaml")):
            self._yaml(text)
        else:
            self._nested(text, name.endswith((".ini", ".cfg", ".conf", ".properties")))
        for m in _DEFAULT.finditer(text):
            self._add([m.group(1)], m.group(2))
        for m in _SETTING.finditer(text):
            self._add([m.group(1)], m.group(2))
        if name.endswith(".go"):
            for m in _GO_TAG.finditer(text):
                self._add([m.group(1)], m.group(3))
                for tag in _TAG_NAME.finditer(m.group(2)):
                    self._add([tag.group(1)], m.group(3))

    def _yaml(self, text: str) -> None:
        for path, value, _ in configvalues.yaml_pairs(text):
            url = re.search(_URL, value) if "http://" in value else None
            if url:
                self._add(path, url.group(1))

    def _nested(self, text: str, sections: bool) -> None:
        stack: list[tuple[str | None, str]] = []
        section: list[str] = []
        for line in text.splitlines(keepends=True) if sections else [text]:
            header = configvalues.INI_SECTION.match(line) if sections else None
            if header:
                section = [header.group(1).split(":")[-1]]
                continue
            for m in _TOKENS.finditer(line):
                if m.group("kv"):
                    self._add(section + [k for k, _ in stack if k] + [m.group("key")], m.group("url"))
                elif m.group("open"):
                    stack.append((m.group("okey"), ")" if m.group("obr").startswith("array") else
                                  "]" if m.group("obr") == "[" else "}"))
                elif m.group("br"):
                    stack.append((None, "]" if m.group("br") == "[" else "}"))
                elif stack and stack[-1][1] == m.group("cl"):
                    stack.pop()

    def _clients(self, text: str) -> None:
        for m in _CLIENT.finditer(text):
            args, kind = m.group(1), m.group(2)
            url = re.search(_URL, args)
            if url:
                self._add([f"{kind}.url"], url.group(1))
                self.clients.setdefault(self._project, {}).setdefault(kind, set()).add(f"{kind}.url")
                continue
            keys = {k.group(1) for k in _CLIENT_KEY.finditer(args)}
            keys |= {f"{k.group(1)}.url" for k in _CLIENT_ID.finditer(args) if "://" not in k.group(1)}
            if keys:
                self.clients.setdefault(self._project, {}).setdefault(kind, set()).update(keys)

    def _beans(self, text: str) -> None:
        for m in _BEAN.finditer(text):
            keys = {v.group(1) for v in _VALUE.finditer(m.group(3))}
            if keys:
                names = {m.group(2)} | set(re.findall(r'"(\w+)"', m.group(1) or ""))
                for bean in names:
                    self.clients.setdefault(self._project, {}).setdefault(bean, set()).update(keys)

    def plain(self, key: str, project: str = "") -> bool:
        """Whether `key` holds a plain-http URL in the configuration of `project` or a project enclosing it."""
        keys = set().union(*(k for p, k in self.scoped.items() if within(project, p)))
        key = next((b[key] for p, b in self.beans.items() if within(project, p) and key in b), key)
        clients = [c[key] for p, c in self.clients.items() if within(project, p) and key in c]
        if clients:  # a declarative client interface: the URL its service is configured with
            return any(bool(suffixes(_parts(k)) & keys) for ks in clients for k in ks)
        return bool(suffixes(_parts(key)) & keys)


def wanted(path: Path) -> bool:
    return path.name.endswith(SUFFIXES) or path.name.startswith(_NAMES)


def needed(matches: tuple[Match, ...]) -> bool:
    return any(m.metadata.get(GATE) for m in matches)


def gate(matches: tuple[Match, ...], urls: PlainUrls, projects: Projects | None = None) -> tuple[Match, ...]:
    """Config-gated matches kept only when their key is a plain-http URL in the configuration of their project."""
    out: list[Match] = []
    for m in matches:
        if not m.metadata.get(GATE):
            out.append(m)
            continue
        key = _KEY.search(m.message)
        if key and not _UNBOUND.search(m.message) and \
                urls.plain(key.group(1), projects.of(m.path) if projects else ""):
            out.append(m)
    return tuple(out)


__all__ = ["GATE", "PlainUrls", "gate", "needed", "suffixes", "wanted"]
