"""Key paths and raw values of configuration files, whatever their format. A setting read in code
(`config.get('council.verify_tls')`, `fleetbook.strictTls`, `settings[:partner_verify]`) takes its value from a
file the code does not name: YAML (`council:` / `  verify_tls: false`), .env, .properties and INI (`a.b=c` under a
`[section]`), JSON, Node config objects, Ruby and PHP hashes and Python settings modules (`key: value`,
`'key' => value`, `KEY = value`, nested in braces or `array(`). `pairs` yields each scalar setting as its key path,
the value's text as written (`${TRUST_ALL:true}`, `ENV.fetch("X", "false") == "true"`, `env.bool("V",
default=False)`) and its line: what the text means is for the caller to judge. Keys nest by indentation in YAML and by brackets
elsewhere; a file read as code (a settings module) yields its assignments the same way. `Settings` indexes the
settings of a tree by the trailing words of their keys, so that a read in code finds the setting it reads.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from scanner.code.projects import within

YAML_LINE = re.compile(r"^(?P<ind>[ \t]*)(?:-[ \t]+)?[\"']?(?P<key>[\w.\-/$%@]+)[\"']?[ \t]*:(?:[ \t]+(?P<val>.*))?$")
INI_SECTION = re.compile(r"^\s*\[([^\]\n]+)\]\s*$")
_FLAT = re.compile(r"^\s*(?:export\s+)?(?P<key>[A-Za-z_][\w.\-]*)\s*[=:]\s*(?P<val>.*?)\s*$")
_NAME = r":?[\"']?(?P<{0}>[A-Za-z_$][\w.\-$]*)[\"']?"
# A key given a scalar value on its line (the value runs to a comma, semicolon or bracket at its own depth:
# calls and indexes inside it are kept whole), a key opening a nested object or array, an object opened inside a
# call whose first argument names it (NestJS registerAs('gateway', () => ({...}))), and bare brackets (kept so
# that their closers pop the right level).
_TOKENS = re.compile(
    rf"(?P<kv>(?:^|(?<=[\s{{(,\[]))(?:{_NAME.format('key')})[ \t]*(?:=>|:(?!:)|=(?![=>~]))[ \t]*+"
    r"(?![\[{]|array\s*\()(?P<val>(?:[^\n{}\[\],;()]|\([^()\n]*(?:\([^()\n]*\)[^()\n]*)*\)|\[[^\[\]\n]*\])+)"
    r"(?=[ \t]*(?:[,;}\])]|$|#|//|/\*)))"
    rf"|(?P<open>(?:^|(?<=[\s{{(,\[$]))(?:{_NAME.format('okey')})[ \t]*(?:=>|[:=])[ \t]*"
    r"(?:[\w.$:\\]*\(\s*)?(?P<obr>[\[{]|array\s*\())"
    r"|(?P<call>\b\w+\(\s*['\"](?P<ckey>[\w.\-]+)['\"]\s*,[^\n{}]*?\{)"
    r"|(?P<br>[\[{])|(?P<cl>[\]})])", re.M)
_YAML = (".yml", ".yaml")
_FLATS = (".env", ".properties", ".ini", ".cfg", ".conf")
_ENV_NAMES = (".env",)


def yaml_pairs(text: str) -> Iterator[tuple[list[str], str, int]]:
    stack: list[tuple[int, str]] = []
    for no, line in enumerate(text.splitlines(), 1):
        m = YAML_LINE.match(line)
        if not m or line.lstrip().startswith("#"):
            continue
        indent = len(m.group("ind").expandtabs(2))
        while stack and stack[-1][0] >= indent:
            stack.pop()
        value = (m.group("val") or "").strip()
        if not value or value.startswith("#"):
            stack.append((indent, m.group("key")))
        else:
            yield [k for _, k in stack] + [m.group("key")], value, no


def flat_pairs(text: str) -> Iterator[tuple[list[str], str, int]]:
    section: list[str] = []
    for no, line in enumerate(text.splitlines(), 1):
        header = INI_SECTION.match(line)
        if header:
            section = [header.group(1).split(":")[-1]]
            continue
        m = _FLAT.match(line)
        if m and not line.lstrip().startswith(("#", ";", "!")):
            yield [*section, m.group("key")], m.group("val"), no


def nested_pairs(text: str) -> Iterator[tuple[list[str], str, int]]:
    stack: list[tuple[str | None, str]] = []
    no, at = 1, 0
    for m in _TOKENS.finditer(text):
        if m.group("kv"):
            no, at = no + text.count("\n", at, m.start()), m.start()
            yield [k for k, _ in stack if k] + [m.group("key")], m.group("val").strip(), no
        elif m.group("open"):
            stack.append((m.group("okey"), ")" if m.group("obr").startswith("array") else
                          "]" if m.group("obr") == "[" else "}"))
        elif m.group("call"):  # a namespace named by a call: registerAs('gateway', () => ({ ... }))
            stack.append((m.group("ckey"), "}"))
        elif m.group("br"):
            stack.append((None, "]" if m.group("br") == "[" else "}"))
        elif stack and stack[-1][1] == m.group("cl"):
            stack.pop()


def pairs(name: str, text: str) -> Iterator[tuple[list[str], str, int]]:
    """Every scalar setting of a configuration file called `name` (its base name decides the format): key path,
    value text and line."""
    if name.endswith(_YAML):
        yield from yaml_pairs(text)
    elif name.endswith(_FLATS) or name.startswith(_ENV_NAMES):
        yield from flat_pairs(text)
    else:
        yield from nested_pairs(text)


# Parts of a key that say where a URL is kept but not which service it is for.
GENERIC = frozenset({
    "url", "uri", "urls", "host", "hostname", "endpoint", "endpoints", "address", "addr", "server", "base",
    "baseurl", "baseuri", "apiurl", "apiuri", "apibase", "apihost", "apiendpoint", "api", "root", "scoped",
    "rooturl", "serviceurl", "client", "clients", "scopedclients", "httpclient", "httpclients", "http", "https",
    "service", "services", "config", "configs", "configuration", "settings", "setting", "options", "option",
    "default", "defaults", "env", "environment", "params", "parameters", "app", "application", "appmain", "main",
    "x", "framework", "micronaut", "spring", "quarkus", "restclient", "production", "development", "staging", "test",
    "local", "remote", "connection", "connections", "web", "process", "rails", "credentials", "registry", "request",
    "this", "self", "cfg", "conf", "get", "read", "fetch",
})


_WORD = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+")


def words(name: str) -> list[str]:
    """The words of a name, lower-cased: camelCase, separators and nesting all split (`LEGACY_POS_URL`,
    `legacyPosUrl` and `legacy.pos.url` are all `legacy pos url`)."""
    return [w.lower() for w in _WORD.findall(name)]


def key_words(key: str) -> list[str]:
    """The words of a key (see `words`), without the words that only say where a URL is kept, bar the last:
    `framework.scoped_clients.badges.client.base_uri` and `$badgesClient` + base_uri are both `badges uri`,
    `services.legacyPos.url` and `LEGACY_POS_URL` both `legacy pos url`."""
    all_words = words(key)
    return [w for i, w in enumerate(all_words) if w not in GENERIC or i == len(all_words) - 1]


# an address on this machine or a name reserved for tests (RFC 2606/6761); a private network name (.internal, .local)
# is still a network hop
LOCAL = re.compile(r"http://(?:localhost|127\.|0\.0\.0\.0|\[::1\]|[\w.-]+\.(?:test|localhost)(?:[:/]|$))")
CODE = (".py", ".js", ".mjs", ".cjs", ".ts", ".jsx", ".tsx", ".java", ".kt", ".go", ".rb", ".php")
JS = (".js", ".mjs", ".cjs", ".ts", ".jsx", ".tsx")  # of those, JavaScript and TypeScript
_CONFIG = (".yml", ".yaml", ".json", ".toml", ".ini", ".cfg", ".conf", ".properties", ".env")
# source files that hold settings: under a config directory, or a settings/config module
SETTINGS_CODE = re.compile(r"(?i)(?:^|/)(?:config|conf|settings|etc|initializers)/|(?:^|/)(?:settings|config|configuration)"
                           r"(?:\.default|\.prod\w*)?\.\w+$"
                           # Nitro's and Nuxt's runtimeConfig, read in code as useRuntimeConfig().<key>
                           r"|(?:^|/)(?:nitro|nuxt|app)\.config\.[cm]?[jt]s$")
# settings a deployment does not run with (tests, development, local overrides) and manifests that are no settings
_NOT_DEPLOYED = re.compile(r"(?i)(?:^|[/._-])(?:tests?|spec|specs|dev|development|local|unittest|fixtures?)(?:[/._-]|$)"
                           r"|^(?:package(?:-lock)?|composer|tsconfig[\w.-]*|jsconfig)\.json$")


def settings_file(name: str) -> bool:
    """Whether a file of this base name is a configuration file by its format."""
    return name.endswith(_CONFIG) or name.startswith(".env")


@dataclass(frozen=True)
class Setting:
    project: str
    path: Path  # absolute
    rel: str
    key: str
    value: str
    line: int


@dataclass
class Settings:
    """Every scalar setting of the configuration files of a tree (and of its settings modules), by the trailing
    words of its key (scanner.code.configurls.key_words), per project (scanner.code.projects)."""

    by_tail: dict[str, list[Setting]] = field(default_factory=dict)

    def observe(self, rel: str, path: Path, text: str, project: str) -> None:
        name = rel.rsplit("/", 1)[-1]
        if not (settings_file(name) or (rel.endswith(CODE) and SETTINGS_CODE.search(rel))) or _NOT_DEPLOYED.search(name):
            return
        # (a file's stem is its settings' namespace: Rails' config_for(:partners) reads config/partners.yml as
        # `Rails.configuration.x.partners`, Laravel's config('services.x') config/services.php)
        stem = name.split(".")[0]
        for keys, value, line in pairs(name, text):
            if len(value) <= 200:
                setting = Setting(project, path, rel, ".".join(keys), value, line)
                words = key_words(f"{stem}.{setting.key}" if stem else setting.key)
                for i in range(len(words)):
                    self.by_tail.setdefault("".join(words[i:]), []).append(setting)

    def find(self, key: str, project: str, plain: frozenset[str] = frozenset()) -> list[Setting]:
        """The settings `key` may read: those whose key ends with its longest tail that any setting ends with. A tail
        shorter than the key must keep two particular words, one of them not in `plain` (the words of the option
        itself): `c.Payments.SkipVerify` is not any `SkipVerify`, `GRIDPAY_STRICT_TLS` not any `strictTls`."""
        words = key_words(key)
        for i in range(len(words)):
            if i and (sum(w not in GENERIC for w in words[i:]) < 2 or not set(words[i:]) - GENERIC - plain):
                break
            hits = [h for h in self.by_tail.get("".join(words[i:]), []) if within(project, h.project)]
            # a key of generic words only (`base_url`, `url`) names no service: only one value can answer it
            if hits and not set(words) - GENERIC and len({h.value for h in hits}) > 1:
                return []
            if hits:
                return hits
        return []


__all__ = [
    "CODE", "GENERIC", "INI_SECTION", "JS", "LOCAL", "SETTINGS_CODE", "YAML_LINE", "Setting", "Settings", "flat_pairs", "key_words",
    "nested_pairs", "pairs", "settings_file", "yaml_pairs",
]
