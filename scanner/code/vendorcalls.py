r"""Personal data handed to a vendor through a client the pii_to_third_party rules do not know. The rules see the vendors'
SDK verbs and the common HTTP clients; an app's own client for a vendor (`Http::KEAP["contacts"].put(payload.to_json)`,
`v.chartmogul.Invoke(ctx, http.MethodPost, "/v1/customers", body, ...)`, `http.opsgenie.execute(HttpRequest.of(...))`,
`vendors.get(\`${base}/i\`).query({...})` after `base = integrations.countly.baseUrl`) escapes them. Here a call whose
receiver chain names a vendor of the catalogue (rules/sdk_calls.toml: its tokens, client words or name), whose address
argument names one (`c.cfg.GetResponse.BaseURL + "/contacts"` after Go's ctx), or whose receiver (a member too:
`$this->http`) or address is a name bound in the file, or in the app's module it is imported from by name (`import {
snap } from './http.js'`), to an expression naming one or holding its API host, is a request to that vendor; so is a
client named for a vendor whose name is a common identifier (`userlist`) when its address names it too; so is a
client whose base URL the configuration resolves to a vendor's API host (scanner.code.clients: `@drift ||=
Excon.new(Settings.dig(:drift, :base_url))` with `driftapi.com` in settings.yml), also called itself when it is an
ofetch/ky/got instance (`crispFetch(path, { body })`); so is a client taken from a factory named for a vendor
(`async with delighted_client() as client:`) and a member request of a class or Go type named for one (`t.client.Do`
in `func (t *Teamleader) call(...)`); a function of the file that sends what it is given to a vendor makes its
callers' arguments the payload (`rpc("newContact", contact: contact)`; scanner.code.senders); in the app's
`vendors/` directory a client named for the file (`HTTP.kommo.post` in vendors/kommo.rb, `session("logtail")` in
vendors/logtail.py) is the vendor's, known to the catalogue or not; a request builder given its body after its verb
(`uet.post().uri(...).body(...)`) sends. A call on an instance of the app's own client class (`kochava.estimate(...)`
with `KochavaClient` in the project) is left to that class's file, where the data goes out. Its
arguments, and the variables built just above that it sends, are read for values the shared vocabulary names personal
(`passenger.email`, `customer.getMobile()`, `c.ContactPhone`); values passed through a hash or a mask are not, and
neither are the payload's quoted keys. The finding (`pii-to-vendor-client`) is on the first line holding such a value,
where the payload is built; a request a Semgrep rule already reported in the same place is left to it. Test code is
left out.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from scanner.code.chains import blank, call_arguments, call_end, strings, values
from scanner.code.clients import stem
from scanner.code.configvalues import CODE, GENERIC, words
from scanner.code.filelines import FileLines
from scanner.code.messages import COMMENT, DEFINITION, TEST
from scanner.code.payloads import payload_line
from scanner.code.sdkcatalogue import load
from scanner.code.semgrep import Match
from scanner.code.senders import factory, helper_calls, owner
from scanner.code.wrappers import imported_from, local_modules

RULE = "pii-to-vendor-client"
# vendor names that are also common words: a client called `close` or `front` names no vendor by itself
_COMMON = {"close", "drift", "batch", "branch", "front", "copper", "snap", "insider", "knock", "loops", "kit", "folk",
           "gist", "nimble", "hunter", "apollo", "courier", "canny", "attentive", "adjust", "acoustic", "affinity",
           "streak", "groove", "singular", "highrise", "missive", "june", "heap", "bento", "novu", "plunk", "drip",
           "crisp", "sprig", "vero", "embrace", "x", "twitter", "segment", "analytics", "tracker", "client", "api",
           "keen", "instana", "userlist", "dixa", "attio", "kommo", "gladly", "chameleon", "cordial", "insightly"}
# of those, names that are identifiers more than words: a client and an address both named so are the vendor's
# (`userlist.post(f"{settings.USERLIST['BASE_URL']}/users")`); a courier, a heap or a drift twice over is still not
_DOUBLED = {"userlist", "segment", "bento", "crisp", "attentive", "chameleon", "cordial", "kommo", "attio", "gladly",
            "insightly", "instana", "novu", "plunk", "missive", "highrise"}
# a call that sends: the verbs of HTTP clients and of wrappers around them
# (not create/update/save: on a model or a repository they write to the app's own database)
_VERBS = re.compile(r"^(?:(?:post|put|patch|send|request|execute|invoke|call|do|query|fetch|submit|push|publish|"
                    r"exchange)\w*|get)$", re.I)
_CALL = re.compile(r"(?<![\w$])(?P<chain>[$@]?[A-Za-z_][\w$]*(?:\s*(?:\[(?:[^\[\]\n]|\[[^\[\]\n]*\])*\]|\([^()\n]*\))?\s*(?:\.|->|::|\?\.)"
                   r"\s*[A-Za-z_]\w*)+)\s*\(")
_DIRECT = re.compile(r"(?<![\w$.>:])(?P<chain>[A-Za-z_]\w*)\s*\(")
_CLASS_VERBS = ("post", "put", "patch")  # a client class's own request methods (HTTParty)
_BODY = re.compile(r"^(?:body|bodyValue|json|form|entity|content)$")
_NOT_SENDING = re.compile(r"(?i)^(?:get|is|has|close|shutdown|build|init|configure|with|on|off|flush|reset|new|to|"
                          r"set_?(?:timeout|level|debug|option|config))")
_IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
# a client handed out by the name of its service: `session("logtail")`, `Http::session('twenty', [...])`
_SERVICE = re.compile(r"""\(\s*['"]([A-Za-z][\w\-.]*)['"]""")
# the directories an app keeps its clients for third-party vendors in (not `integrations/`: partners, payments, couriers)
_INTEGRATION = re.compile(r"(?i)(?:^|/)vendors?/")
_PAYLOAD_LITERAL = re.compile(r"\s*(?:[\[{]|new\s|array\(|dict\(|map\[|\w+\s*\{)")
_NAMED_IMPORT = re.compile(r"""^\s*import\s*(?:type\s+)?\{[^}]*\}\s*from\s*['"]\.|^\s*from\s+\.+\w*\s+import\b""", re.M)
# an argument that is an address: a URL, a base URL or endpoint setting
_ADDRESS = re.compile(r"(?i)url|uri|endpoint|host|base|https?:|^\s*['\"`]/")
_NOT_CLIENT = re.compile(r"(?i)^(?:log\w*|logger|console|cache|redis|db|repo\w*|session|request|req|res|response|"
                         r"params|json|JSON|mail\w*|queue|jobs?|store|model|self|this)$")


def _norm(word: str) -> str:
    return re.sub(r"[^a-z0-9]", "", word.lower())


@cache
def _names() -> frozenset[str]:
    """Words that name a vendor of the catalogue."""
    return _catalogue_names() - _COMMON


@cache
def _catalogue_names() -> frozenset[str]:
    out: set[str] = set()
    for v in load().vendors:
        out |= {_norm(w) for w in (*v.tokens, *v.words) if "." not in w and "/" not in w and len(_norm(w)) >= 4}
        out |= {_norm(n) for n in re.split(r"\s*/\s*|\s*\(|\)", v.name) if len(_norm(n)) >= 5}
    return frozenset(out)


@cache
def _doubled_names() -> frozenset[str]:
    return _catalogue_names() & _DOUBLED


def _common_named(text: str) -> set[str]:
    """The vendor names that are also common words (`userlist`, `snap`, `bento`) an expression holds."""
    names = _doubled_names()
    return {n for ident in _IDENT.findall(text)
            for n in {ident.lower().replace("_", ""), *words(ident)} if n in names}


@cache
def _hosts() -> tuple[str, ...]:
    return tuple(sorted({h.lower() for v in load().vendors for h in (*v.hosts, *(t for t in v.tokens if "." in t))
                         if "." in h and len(h) >= 8}))


def _inner_calls(line: str) -> list[re.Match[str]]:
    """The call chains of a line, and within each the chains that end at one of its inner calls: the request of
    `api.url("/users").post({...}).res()` is the `post`, not the `res()` the chain ends with."""
    out: list[re.Match[str]] = []
    for m in _CALL.finditer(line):
        for k in range(m.start(), m.end() - 1):
            if line[k] == "(" and (inner := _CALL.match(line[:k + 1], m.start())) and inner.end() == k + 1:
                out.append(inner)
        out.append(m)
    return out


def names_host(text: str) -> bool:
    """Whether an expression holds a catalogue vendor's API host (`baseURL: 'https://tr.snapchat.com/v2'`)."""
    low = text.lower()
    return any(h in low for h in _hosts())


@cache
def _defines(method: str) -> re.Pattern[str]:
    """A definition of the method, in any of the languages read."""
    m = re.escape(method)
    return re.compile(rf"(?:\b(?:def|func|function|fun|fn)\s+(?:\([^)]*\)\s*)?(?:self\.)?{m}\b|"
                      rf"^\s*(?:(?:public|private|protected|static|async|override|suspend)\s+)*(?:[\w<>\[\], ?]+\s+)?"
                      rf"{m}\s*\([^)]*\)?\s*(?::[^={{;]+)?(?:throws\s[\w\s.,]+)?\{{?\s*$)", re.M)


@cache
def _named_in(path: Path) -> frozenset[str]:
    """The identifiers of a file, normalised."""
    return frozenset(_norm(ident) for ident in _IDENT.findall(_text(path)))


@cache
def _text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""


@cache
def _read(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8", errors="replace").splitlines()


def bound_to_vendor(path: Path, lines: list[str], name: str) -> bool:
    """Whether a name is bound, in the file or in the app's module it is imported from by name (`import { snap } from
    './http.js'`, there `export const snap = axios.create({ baseURL: ... })`), to an expression naming a catalogue
    vendor (on its first line) or holding a vendor's API host."""
    where, original = lines, name
    first = _bound(lines, name)
    if first is None:
        found = imported_from(path, lines, name)
        if found is None:
            return False
        where, original = _read(found[0]), found[1]
        first = _bound(where, original)
        if first is None:
            return False
    return names_vendor(first) or names_host(_bound(where, original, whole=True) or "")


def names_vendor(text: str) -> bool:
    """Whether an expression names a vendor: an identifier, or one of its words, is a vendor's name."""
    return any(_names_vendor(ident) for ident in _IDENT.findall(text))


@cache
def _names_vendor(ident: str) -> bool:
    names = _names()
    return ident.lower().replace("_", "") in names or any(w in names for w in words(ident))


def _bound(lines: list[str], name: str, whole: bool = False) -> str | None:
    """The expression a name is bound to in the file (`const base = ...`, `$client = ...`, `{ baseUrl } = ...`): its
    first line, or (`whole`) on to where the brackets it opens close. The whole expression is read for a vendor's
    host only: the names in a constructor's arguments (`new MagicLink({ sentry, ... })`) are its collaborators."""
    pattern = re.compile(rf"(?:^|[\s(,{{$@>.])(?:\{{[^}}]*\b{re.escape(name)}\b[^}}]*\}}|{re.escape(name)})\s*(?::=|=(?![=>~]))\s*(.+)")
    for i, text in enumerate(lines):
        if name in text and (m := pattern.search(text)) and not COMMENT.match(text):
            # an expression that opens brackets runs on to where they close (`axios.create({` ... `})`)
            value = m.group(1)
            for more in lines[i + 1:i + 12] if whole else ():
                code = blank(value, strings(value))
                if sum(code.count(c) for c in "([{") <= sum(code.count(c) for c in ")]}"):
                    break
                value += "\n" + more
            return value
    return None


@dataclass
class VendorCalls:
    files: list[Path] = field(default_factory=list)
    others: list[Path] = field(default_factory=list)  # the other source files: read only for configured clients
    clients: frozenset[str] = frozenset()  # the names of clients whose configured base URL is a vendor's host
    callables: frozenset[str] = frozenset()  # of those, instances called themselves (scanner.code.clients.Client)
    classes: frozenset[Path] = frozenset()  # files of client classes on a vendor host, sending from their own methods
    integrations: dict[Path, str] = field(default_factory=dict)  # files of the app's integration layer: their stems
    project_of: Callable[[Path], str] = lambda _path: ""  # the project a file belongs to (scanner.code.projects)
    _stem_list: list[tuple[str, Path]] = field(default_factory=list)

    def observe(self, rel: str, path: Path, text: str) -> None:
        if not rel.endswith(CODE) or TEST.search(rel):
            return
        idents = " ".join(set(_IDENT.findall(text)))
        # (a client may come from the app's own module, named for nothing: `import { snap } from './http.js'`)
        integration = _INTEGRATION.search(rel)
        if integration and len(_norm(Path(rel).stem)) >= 4:
            self.integrations[path] = _norm(Path(rel).stem)
        if (names_vendor(idents) or _common_named(idents) or _NAMED_IMPORT.search(text) or names_host(text)
                or integration):
            self.files.append(path)
        else:
            self.others.append(path)

    def matches(self, reported: tuple[Match, ...], files: FileLines, clients: frozenset[str] = frozenset(),
                callables: frozenset[str] = frozenset(), classes: frozenset[Path] = frozenset()) -> tuple[Match, ...]:
        """`clients`: the stems (scanner.code.clients.stem) of the clients whose base URL, as the configuration
        resolves it, is a vendor's API host (`@drift ||= Excon.new(Settings.dig(:drift, :base_url))`); `callables`:
        those of them called themselves (`crispFetch(path, { body })`); `classes`: the files of those that are a
        class sending from its own methods (HTTParty's `put("/users/...", body: ...)` in `class KnockClient`)."""
        self.clients, self.callables, self.classes = clients, callables, classes
        taken = {(m.path, line - 1) for m in reported if m.metadata.get("category") == "pii_to_third_party"
                 for line in range(m.line, m.end_line + 1)}
        out: list[Match] = []
        for path in self.files + (self._naming(self.others) if clients else []):
            lines = files.lines(path)
            requests: list[tuple[int, str]] = []  # every vendor request of the file: line, arguments
            for i, line in enumerate(lines):
                if COMMENT.match(line) or DEFINITION.match(line):
                    continue
                for m in (*_inner_calls(line), *(_DIRECT.finditer(line) if callables or path in classes else ())):
                    code = self._vendor_request(path, lines, i, m)
                    if code is None:
                        continue
                    requests.append((i, code))
                    if _report(path, payload_line(lines, i, code), taken, out):
                        break
            for found in helper_calls(lines, requests):
                _report(path, found, taken, out)
        return tuple(out)

    def own_method(self, receiver: str, method: str, where: Path | None = None) -> bool:
        """Whether the receiver is an instance of the app's own client class, which defines the method called
        (`kochava.estimateAccepted(c.id(), c.fullName(), postcode)` with a `KochavaClient kochava` field and
        `KochavaClient.java` in the same project): the data goes to the vendor where that method sends it, judged in
        its own file, not at the call. The class must be named in the calling file (a field's or parameter's type), its name
        must start with the receiver's, and a receiver that is a class itself must be named less than the class (an
        `Analytics.identify` beside an app's analytics module may be the vendor's SDK); generic clients (`$this->http`)
        send wherever their address says."""
        name = stem(receiver)
        # (a generic client, `$this->http` of the app's `JsonHttp`, sends wherever its address says)
        if len(name) < 4 or where is None or name in GENERIC or _NOT_CLIENT.match(name):
            return False
        variable = receiver.lstrip("$@")[:1].islower()
        candidates = [p for stem_, p in self._stems() if stem_.startswith(name) and (stem_ != name or variable)
                      and p != where]
        if not candidates:
            return False
        named = _named_in(where)
        project = self.project_of(where)
        # (not the calling file's own: a wrapper that calls the vendor's SDK of the same name is the vendor's call)
        return any(_norm(p.stem) in named and self.project_of(p) == project and _defines(method).search(_text(p))
                   for p in candidates)

    def _stems(self) -> list[tuple[str, Path]]:
        """(normalised stem, path) of the project's source files but tests, built once."""
        if len(self._stem_list) != len(self.files) + len(self.others):
            self._stem_list = [(_norm(p.stem), p) for p in (*self.files, *self.others) if not TEST.search("/" + p.name)]
        return self._stem_list

    def _naming(self, paths: list[Path]) -> list[Path]:
        """The files that name a configured vendor client (its stem in their words)."""
        out = []
        for path in paths:
            flat = re.sub(r"[^a-z0-9]", "", _text(path).lower())
            if any(c in flat for c in self.clients):
                out.append(path)
        return out

    def _vendor_request(self, path: Path, lines: list[str], i: int, m: re.Match[str]) -> str | None:
        """The arguments (strings blanked, from the opening bracket) of a request to a vendor at m, else None."""
        chain = m.group("chain")
        if "." not in chain and "->" not in chain and "::" not in chain:
            # a configured client called directly (`crispFetch(path, { body })`: ofetch, ky, got instances)
            if stem(chain) not in self.callables and not (path in self.classes and chain in _CLASS_VERBS):
                return None
            text = "\n".join(lines[i:i + 15])
            end = call_end(blank(text, strings(text)), m.end() - 1)
            code = values(text[m.start():end])
            return code[len(chain):]
        parts = [p.strip() for p in re.split(r"\.|->|::|\?\.", re.sub(r"\[[^\]]*\]|\([^)]*\)", "", chain))]
        if len(parts) > 2 and parts[0].lstrip("$@") in ("this", "self"):
            parts = parts[1:]  # `$this->http->postJson(...)`: the client is the member
        receiver = chain[: chain.rfind(parts[-1])]
        # the app's own integration module for a vendor (`app/vendors/kommo.rb`), its client named for the file
        # (`HTTP.kommo.post`, `session("logtail").post`, inside `class Nutshell`): the vendor's, known or not
        integration = self.integrations.get(path, "")
        named = _SERVICE.search(receiver)
        by_name = named is not None and (names_vendor(named.group(1)) or _norm(named.group(1)) == integration)
        if len(parts) < 2 or (_NOT_CLIENT.match(parts[0].lstrip("$@")) and not by_name):
            return None
        # a client named for the vendor sends with any verb of its API (`emarsys.upsertContacts(...)`) but its getters
        # and life-cycle calls; another client with a verb that sends
        # (a request builder given its body after its verb: `uet.post().uri("/events").body(Map.of(...))`)
        built = _BODY.match(parts[-1]) is not None and any(_VERBS.match(p) for p in parts[1:-1])
        if not (_VERBS.match(parts[-1]) or built or (names_vendor(receiver) and not _NOT_SENDING.match(parts[-1]))):
            return None
        if parts[0] in local_modules(lines, path) or self.own_method(parts[-2].lstrip("$@"), parts[-1], path):
            return None
        text = "\n".join(lines[i:i + 15])
        start = m.start()
        end = call_end(blank(text, strings(text)), m.end() - 1)
        args = text[m.end():end]
        # the receiver, an address argument (`cfg.GetResponse.BaseURL + "/contacts"`, after Go's ctx and client), or a
        # name the receiver or an argument other than the payload is bound to in the file
        arguments = call_arguments(blank(args, strings(args)), args)
        # (what is not the payload: the first argument, and all but the last of several, but for literals)
        addresses = " ".join(a for a in arguments[:1] + arguments[1:-1] if not _PAYLOAD_LITERAL.match(a))
        # (a vendor whose name is a common word is taken when the receiver and the address both name it:
        # `userlist.post(f"{settings.USERLIST['BASE_URL']}/users", ...)`)
        made_by = factory(lines, i, parts[0])
        if not (names_vendor(receiver) or stem(parts[-2].lstrip("$@")) in self.clients or by_name
                or (built and stem(parts[0].lstrip("$@")) in self.clients)
                or (integration and integration in _norm(receiver))
                or (made_by is not None and (names_vendor(made_by) or stem(made_by) in self.clients))
                or names_vendor(owner(lines, i, chain))
                or any(_ADDRESS.search(a) and names_vendor(a) for a in arguments[:-1])
                or _common_named(receiver) & _common_named(addresses)
                or any(bound_to_vendor(path, lines, n) for n in _IDENT.findall(receiver + " " + addresses)
                       if n not in ("this", "self"))):
            return None
        code = values(text[start:end])
        return code[len(chain):]


def _report(path: Path, found: tuple[int, set[int]] | None, taken: set[tuple[Path, int]], out: list[Match]) -> bool:
    """Report a payload (its personal line, its lines) unless another finding holds one of its lines; the finding runs
    from the personal line to the end of the request. Whether it was reported."""
    if found is None or any((path, n) in taken for n in found[1]):
        return False
    out.append(Match(RULE, path, found[0] + 1, max(found[0], *found[1]) + 1, 1, _MESSAGE, "high", _META))
    taken |= {(path, n) for n in found[1]}
    return True


_MESSAGE = ("Personal data goes to a third-party vendor's API through the app's own client. That is sharing personal "
            "data the privacy policy must disclose and that needs a lawful basis (GDPR Art. 6, 28): send an internal "
            "id, or hash the value (SHA-256) where the vendor accepts hashed identifiers.")
_META = {"category": "pii_to_third_party", "cwe": ["CWE-359: Exposure of Private Personal Information to an "
         "Unauthorized Actor"], "owasp": ["A01:2021 - Broken Access Control"],
         "regulation": ["GDPR Art. 6", "GDPR Art. 28", "CCPA 1798.140(ad)"],
         "claims": ["shares_personal_data", "third_party_analytics", "third_party_advertising"],
         "severity_level": "high", "confidence": "MEDIUM"}

__all__ = ["RULE", "VendorCalls", "bound_to_vendor", "names_host", "names_vendor"]
