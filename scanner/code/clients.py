"""HTTP clients built on a plain-http base URL, and the requests that send personal or card data through them. Mature
code builds a client once (`printlab = axios.create({baseURL: process.env.PRINTLAB_URL ?? "http://..."})`,
`def venue_hub; @venue_hub ||= Faraday.new(url: partners[:venue_hub][:base_url])`, `RestClient.builder().baseUrl(
props.chlorinePartner().baseUrl())` in a bean `chlorine...`, `httpx.Client(base_url=settings.X["BASE_URL"])` in
`def x_client()`) and sends through it elsewhere (`printlab.post("/prepaid", {card: ...})`). The language rules see
the request but not where the client points. Here a client's base URL, in any language, is judged like a setting
(scanner.code.settingvalue: the configuration, or the default written beside the read); a client whose base URL
is a non-local `http://` address is known by the name it is bound to (the variable, field, function, method or bean
it is built in), and a request through a client of that name whose statement (or a variable it sends, built just
above) names personal or card data is reported (`personal-data-to-plain-http-client`), with the setting that holds
the address (`plain-http-client-setting`, the line to change). Generic names (`client`, `http`, `api`) bind nothing;
a JS instance assigned from its factory is also called itself (`coopFetch("/orders", { body })`); a client serves
its own project and the projects nested in it; a record whose fields are picked (`{ ref: order.id }`) is not sent
whole. Clients are also built by their address as first argument (`wretch(url)`, undici's `new Pool(url)`, an app's
own `JsonClient(url, http)`), registered by name (GoFr's `AddHTTPService("errbit", url)`, a container's
`singleton('http.motionlab', ...)`) and taken back by it (`GetHTTPService("errbit")`, `app('http.motionlab')`), or are
a class that sends from its own methods (HTTParty's `base_uri`). The default written where the client is built is
reported with the settings. Every client whose base URL resolves to an http(s) address is kept (`resolved`):
scanner.code.vendorcalls takes those on a vendor's API host for vendor clients.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from scanner.code.configvalues import CODE, JS, LOCAL, Setting, Settings
from scanner.code.filelines import FileLines
from scanner.code.messages import DEFINITION
from scanner.code.projects import within
from scanner.code.semgrep import Match
from scanner.code.settingvalue import Judge, expression_at
from scanner.code.vocabulary import classify

RULE = "personal-data-to-plain-http-client"
SETTING_RULE = "plain-http-client-setting"
_BASE = re.compile(r"""(?:\b(?:base_?ur[il]|baseUR[LI]|baseUr[il]|prefixUrl|BaseURL|BaseUrl)\b['"]?\s*(?:=>|[:=(])"""
                   r"""|\b(?:SetBaseURL|setBaseUrl|withBaseUrl)\s*\(|\b(?:Faraday|Excon|HTTPX)\.new\(\s*(?:url:\s*)?"""
                   # the address as a client's first argument: wretch(url), GoFr's AddHTTPService("name", url), an
                   # app's own wrapper class JsonClient(url, http)
                   r"""|\bwretch\(|\bAddHTTPService\(\s*["'][\w.-]+["']\s*,|\b[A-Z]\w*Client\((?!\s*\))"""
                   # undici's new Pool(url) / new Client(url); HTTParty's class-level `base_uri X`
                   r"""|\bnew\s+(?:Pool|Client)\((?!\s*[\[{)])|^\s*base_uri\s+(?=\S))\s*""", re.M)
# what a client is bound to: an assignment, a (memoised) method or function, a Java bean method, a struct field
_BINDER = re.compile(
    r"""^\s*(?:(?:export\s+)?(?:const|let|var|val|final)\s+|(?:private|public|protected|static|readonly|\s)+)?"""
    r"""(?:[\w.<>\[\]]+\s+)?(?:\$this->|this\.|self\.|@|\$)?(?P<a>[A-Za-z_]\w*)\s*(?:\|\|=|:=|=(?![=>]))"""
    r"""|^\s*(?:(?:public|private|protected|static|final|abstract)\s+)*(?:def|func|function|async def)\s+"""
    r"""(?:\([^)]*\)\s*)?(?:self\.)?(?P<f>[A-Za-z_]\w*)"""
    r"""|^\s*(?:@Bean\s+)?(?:public\s+|private\s+|protected\s+|static\s+)*[\w.<>]+\s+(?P<m>[a-z]\w*)\s*\([^)]*\)\s*"""
    r"""(?:throws [\w., ]+)?\{"""
    r"""|^\s*(?P<k>[A-Z]\w*|[a-z]\w*)\s*:\s*(?:&|\w+\.New|resty\.New|[\w.]+\{)"""
    # a client registered under a name: Laravel's Http::macro('seamline', fn), a container's bind/singleton('x', ...)
    r"""|.*\b(?:macro|singleton|bind|register|define|AddHTTPService)\(\s*['"](?P<q>[A-Za-z_][\w.-]*)['"]\s*,"""
    # a class that is the client itself (HTTParty: `class WaterLabClient` / `include HTTParty` / `base_uri ...`)
    r"""|^\s*class\s+(?P<c>[A-Z]\w*)\b""")
# names that say "a client" or hold something else built nearby: they bind nothing
_GENERIC = frozenset({
    "client", "clients", "http", "https", "api", "conn", "connection", "session", "request", "req", "res", "response",
    "instance", "agent", "c", "s", "r", "h", "x", "self", "this", "builder", "config", "cfg", "options", "opts",
    "default", "base", "url", "new", "create", "build", "get", "init", "initialize", "rest", "web", "webclient",
    "restclient", "httpclient", "axios", "faraday", "excon", "resty", "httpx", "baseurl", "baseuri", "prefixurl", "uri",
    "endpoint", "timeout", "headers", "verify", "customer", "user", "order", "body", "payload", "data", "result",
    "return",
})
_VERBS = (r"(?:post|put|patch|request|send|fetch|Do|R|exchange|postForEntity|postForObject|post_json|postJson"
          r"|(?:Post|Put|Patch)(?:WithHeaders)?)")
# request builders called between the client and the verb: wretch's `api.url("/holds").post(...)`, Laravel's
# `Http::seamline()->withHeaders([...])->post(...)`
_BUILDERS = r"(?:\s*(?:\.|->)\s*(?:url|path|headers?|auth|query|accept|content|options|timeout|retry|with\w+|as\w+)\([^()\n]*\))*"
_BACK = 12
_ASSIGNED = re.compile(r"\s*(?:const|let|var|val|final\s+\w+|\$)?\s*(?:final\s+)?(?:[A-Z][\w.]*(?:<[^=\n]*>)?(?:\[\])?\s+)?"
                       r"(\w+)(?:\s*,\s*\w+)*"
                       r"(?:\[[^\]\n]*\]|\.\([\w\[\] ]*\)|(?:\.|->)\w+)*\s*(?::=|\+=|=(?![=>]))")
_CLASS = re.compile(r"^\s*class\s+([A-Z]\w*)")
_KEYWORD = re.compile(r"\s*\w+=(?![=>])\S.*,\s*$")
_OPENERS = ("(", "{", "[", "=", "|f|", "do", ",", "->", ".")
# a client taken from its factory under another name: `with tidebook_client() as client:`, `c = crm_client()`
ALIAS = re.compile(r"\bwith\s+(?:[\w.]+\.)?(?P<f>\w+)\(\)\s+as\s+(?P<v>\w+)"
                   r"|(?P<v2>\w+)\s*(?::=|=)\s*(?:[\w.]+\.)?(?P<f2>\w+)\(\)\s*$"
                   # a Spring bean injected by its name: `@Qualifier("gasRegisterClient") WebClient registry`
                   r"|@Qualifier\(\s*\"(?P<f3>\w+)\"\s*\)\s*(?:final\s+)?[\w.<>]+\s+(?P<v3>\w+)", re.M)
_PERSONAL = {"card_number", "security_code", "email", "phone", "person_name", "postal_address", "national_id",
             "date_of_birth", "card_number_bare", "security_code_bare"}
_IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_PAIR = re.compile(r"([A-Za-z_]\w*)\s*(?:\.|->|\?\.)\s*([A-Za-z_]\w*)")
_WHOLE = re.compile(r"(?<![\w$.>])([A-Za-z_]\w*)\b(?!\s*(?:\.|->|\?\.)\s*\w)")
_CARD_CONTEXT = re.compile(r"(?i)card|cvv|cvc|expir|exp_?(?:month|year)|payment")


def _words(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def stem(name: str) -> str:
    """A client's name without the words that say it is a client: chlorineRestClient, venue_hub, printlab -> chlorine,
    venuehub, printlab."""
    return re.sub(r"(?:rest|web|http|api)?(?:client|template|connection|conn|session)$", "", _words(name)) or _words(name)


@dataclass(frozen=True)
class Client:
    name: str  # the stem it is bound to
    path: Path
    line: int
    url: str
    hops: tuple[Setting, ...]
    # a JS/TS instance assigned from its factory (`coopFetch = $fetch.create({...})`, ky.create, got.extend,
    # axios.create): called itself to send, `coopFetch("/orders", { body })`
    callable: bool = False
    project: str = ""  # the project whose code it serves (scanner.code.projects)
    klass: bool = False  # a class that is the client (HTTParty): it sends from its own methods


@dataclass
class Clients:
    """Plain-http clients of the scanned sources, and the candidate files to look for requests through them."""

    found: list[tuple[Path, int, str, str, list[str]]] = field(default_factory=list)  # path, line, value, project, lines
    # (paths only: the sources are read again only in the rare tree that has a plain-http client)
    sources: list[tuple[Path, str]] = field(default_factory=list)  # path, project
    _resolved: list[Client] | None = None

    def observe(self, rel: str, path: Path, text: str, project: str) -> None:
        if not rel.endswith(CODE):
            return
        self.sources.append((path, project))
        if not _BASE.search(text):
            return
        lines = text.splitlines()
        for no, line in enumerate(lines, 1):
            m = _BASE.search(line)
            if m:
                self.found.append((path, no, expression_at(line, m.end())[0], project, lines))

    def resolved(self, settings: Settings) -> list[Client]:
        """Every client whose base URL comes to an http(s) address, by the name it is bound to (computed once: the
        plain-http check and the vendor-client lookup of scanner.code.vendorcalls both read it)."""
        if self._resolved is not None:
            return self._resolved
        out: list[Client] = []
        for path, no, value, project, lines in self.found:
            judge = Judge(settings, project, lines, no)
            url = judge.raw(value, 0)
            if not url or not url.startswith(("http://", "https://")) or LOCAL.match(url):
                continue
            for i in range(no - 1, max(-1, no - 1 - _BACK), -1):
                b = _BINDER.match(lines[i])
                name = next((g for g in b.groups() if g), None) if b else None
                if b and b.group("a") and _KEYWORD.match(lines[i]):
                    continue  # a keyword argument of the call that builds it (`timeout=10,`)
                # an assignment binds the client only if its statement goes on to build it (`x = axios.create({`)
                opens = i == no - 1 or lines[i].rstrip().endswith(_OPENERS) or (b is not None and not b.group("a"))
                if name and opens and stem(name) not in _GENERIC:
                    out.append(Client(stem(name), path, no, url, tuple(judge.hops),
                                      b is not None and b.group("a") is not None and path.suffix in JS, project,
                                      b is not None and b.group("c") is not None))
                    break
        self._resolved = out
        return out

    def matches(self, settings: Settings, files: FileLines) -> tuple[Match, ...]:
        plain = [c for c in self.resolved(settings) if c.url.startswith("http://")]
        if not plain:
            return ()
        # a request through the client (`crm.post(`), or the client called itself (an ofetch, ky or got instance:
        # `coopFetch("/orders", { body })`)
        # (a PHP variable holds one too: `$supplier->post(`; GoFr hands a registered service out by its name)
        use = re.compile(r"(?<![\w$])\$?(?P<n>[A-Za-z_]\w*)\s*(?:\(\s*\))?" + _BUILDERS + r"\s*(?:\.|->|::)\s*" + _VERBS
                         + r"\s*\(|\b(?:GetHTTPService|app|resolve|make)\(\s*[\"'](?P<s>[\w.-]+)[\"']\s*\)\s*(?:\.|->)\s*"
                         + _VERBS + r"\s*\("
                         # inside a class that is the client: HTTParty's `post("/samples", body: ...)`
                         r"|^\s*(?:return\s+|\w+\s*=\s*)?(?:self\.class\.|self\.)?(?P<k>post|put|patch)\s*\("
                         r"|(?<![\w$.>:])(?P<d>[A-Za-z_]\w*)\s*\((?!\s*\))")
        out: list[Match] = []
        seen: set[tuple[Path, int]] = set()
        for path, project in self.sources:
            # (a client serves its own project's code, and projects nested in it: not a sibling's)
            clients = {c.name: c for c in plain if within(project, c.project)}
            try:
                text = path.read_text(encoding="utf-8", errors="replace")
            except OSError:
                continue
            flat = _words(text)
            if not any(n in flat for n in clients):
                continue
            lines = files.lines(path)
            alias = {a.group("v") or a.group("v2") or a.group("v3"): a.group("f") or a.group("f2") or a.group("f3")
                     for a in ALIAS.finditer(text)}
            for no, line in enumerate(lines, 1):
                for m in use.finditer(line):
                    name = m.group("n") or m.group("s") or m.group("d") or m.group("k")
                    client = clients.get(stem(alias.get(name, name)))
                    if m.group("k"):  # the class the call is made in, if it is a client class
                        owner = next((k.group(1) for k in map(_CLASS.match, reversed(lines[:no])) if k), "")
                        client = clients.get(stem(owner))
                        client = client if client and client.klass and client.path == path else None
                    if client and m.group("d") and (not client.callable or name in alias or DEFINITION.match(line)):
                        continue  # a factory's own call or definition, not a request
                    if client and personal(lines, no - 1, m.start()):
                        end = no + request_statement(lines, no - 1, m.start()).count("\n")
                        out.append(Match(RULE, path, no, end, m.start() + 1,
                                         f"Personal or card data is sent through {name}, a client whose base URL is "
                                         f"{client.url} (plain http: {client.path.name}:{client.line}). {RISK}", "high", TRANSPORT_META))
                        for hop in deciding([h for h in client.hops if "http://" in h.value]):
                            if (hop.path, hop.line) not in seen:
                                seen.add((hop.path, hop.line))
                                out.append(Match(SETTING_RULE, hop.path, hop.line, hop.line, 1,
                                                 f"This setting ({hop.key}) gives a client that sends personal data the plain-http "
                                                 f"address {client.url}. {RISK}", "high", TRANSPORT_META))
                        # the default written beside the read where the client is built is a line to change too
                        if (client.path, client.line) not in seen and client.url in files.lines(client.path)[client.line - 1]:
                            seen.add((client.path, client.line))
                            out.append(Match(SETTING_RULE, client.path, client.line, client.line, 1,
                                             f"The client built here falls back to the plain-http address {client.url} and "
                                             f"sends personal data. {RISK}", "high", TRANSPORT_META))
                        break
        return tuple(out)


def deciding(hops: list[Setting]) -> list[Setting]:
    """The settings to report: every file that holds the value is a line to change, an example file
    (.env.example) too: it documents the value every deployment copies."""
    return hops


def request_statement(lines: list[str], i: int, col: int) -> str:
    """The statement from a position on: to the bracket that closes its call chain, at most 15 lines."""
    text = "\n".join([lines[i][col:], *lines[i + 1:i + 15]])
    depth = 0
    for k, ch in enumerate(text):
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
            if depth < 0:
                return text[:k]
        elif ch == ";" and depth == 0:
            return text[:k]
        elif ch == "\n" and depth == 0 and k and text[k - 1] not in ".,(":
            nxt = text[k + 1:].lstrip()
            if not nxt.startswith("."):
                return text[:k]
    return text


def _named_personal(text: str) -> bool:
    names = _names(text)
    # a bare "pan" is a card number only beside other card words (a feeding pan, a frying pan are not)
    card = _CARD_CONTEXT.search(text) is not None
    # (a member read off its parent names what the pair does: `card.number`, `contact.phone`)
    pairs = {f"{a}_{b}" for a, b in _PAIR.findall(text) if card or b.lower() != "pan"}
    return any(classify(n) & _PERSONAL for n in names | pairs if card or n.lower() != "pan")


def personal(lines: list[str], i: int, col: int) -> bool:
    """Whether the request's statement, or a variable it sends that was built just above, names personal data."""
    statement = request_statement(lines, i, col)
    if _named_personal(statement):
        return True
    # (a variable sent whole, not one whose fields are picked: `{ ref: order.id }` sends no more of `order`)
    names = set(_WHOLE.findall(statement))
    # body = {...} / job := ... built before the call, or filled in step by step (`notice["user"] = {...}`), and
    # what it was made from (`body, _ := json.Marshal(notice)`): two steps back at most
    for _ in range(2):
        made_from: set[str] = set()
        for j in range(i - 1, max(-1, i - 30), -1):
            if DEFINITION.match(lines[j]):
                break  # (the function's own head: what comes above belongs to another)
            m = _ASSIGNED.match(lines[j])
            if m and m.group(1) in names:
                value = request_statement(lines, j, m.end())
                if _named_personal(value):
                    return True
                made_from |= set(_WHOLE.findall(value))
        names = made_from - names
    return False


def _names(text: str) -> set[str]:
    """The identifiers of a statement and the words it quotes (payload keys: `"email": ...`)."""
    return set(_IDENT.findall(text)) | set(re.findall(r"""['"](\w+)['"]""", text))


RISK = ("Personal or card data over plain http can be read and altered on the network path (PCI DSS 4.2.1, GDPR Art. "
         "32); use an https address.")
TRANSPORT_META = {"category": "insecure_transport", "cwe": ["CWE-319: Cleartext Transmission of Sensitive Information"],
         "owasp": ["A02:2021 - Cryptographic Failures"], "regulation": ["PCI DSS v4.0 req. 4.2.1", "GDPR Art. 32(1)(a)"],
         "claims": ["encrypts_in_transit", "security_measures"], "severity_level": "high", "confidence": "MEDIUM"}

__all__ = ["ALIAS", "RISK", "RULE", "SETTING_RULE", "TRANSPORT_META", "Client", "Clients", "deciding", "personal",
           "request_statement", "stem"]
