r"""Personal data handed to a vendor through a client the pii_to_third_party rules do not know. The rules see the vendors'
SDK verbs and the common HTTP clients; an app's own client for a vendor (`Http::KEAP["contacts"].put(payload.to_json)`,
`v.chartmogul.Invoke(ctx, http.MethodPost, "/v1/customers", body, ...)`, `http.opsgenie.execute(HttpRequest.of(...))`,
`vendors.get(\`${base}/i\`).query({...})` after `base = integrations.countly.baseUrl`) escapes them. Here a call whose
receiver chain names a vendor of the catalogue (rules/sdk_calls.toml: its tokens, client words or name), or whose
receiver or address is a name bound in the file to an expression naming one, is a request to that vendor. Its
arguments, and the variables built just above that it sends, are read for values the shared vocabulary names personal
(`passenger.email`, `customer.getMobile()`, `c.ContactPhone`); values passed through a hash or a mask are not, and
neither are the payload's quoted keys. The finding (`pii-to-vendor-client`) is on the first line holding such a value,
where the payload is built; a request a Semgrep rule already reported in the same place is left to it. Test code is
left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path

from scanner.code.chains import blank, call_end, statement_end, strings
from scanner.code.configvalues import CODE
from scanner.code.filelines import FileLines
from scanner.code.messages import COMMENT, DEFINITION, TEST
from scanner.code.sdkcatalogue import load
from scanner.code.semgrep import Match
from scanner.code.vocabulary import classify

RULE = "pii-to-vendor-client"
_PERSONAL = {"email", "phone", "person_name", "postal_address", "national_id", "date_of_birth", "card_number",
             "security_code"}
# vendor names that are also common words: a client called `close` or `front` names no vendor by itself
_COMMON = {"close", "drift", "batch", "branch", "front", "copper", "snap", "insider", "knock", "loops", "kit", "folk",
           "gist", "nimble", "hunter", "apollo", "courier", "canny", "attentive", "adjust", "acoustic", "affinity",
           "streak", "groove", "singular", "highrise", "missive", "june", "heap", "bento", "novu", "plunk", "drip",
           "crisp", "sprig", "vero", "embrace", "x", "twitter", "segment", "analytics", "tracker", "client", "api",
           "keen", "instana", "userlist", "dixa", "attio", "kommo", "gladly", "chameleon", "cordial", "insightly"}
# a call that sends: the verbs of HTTP clients and of wrappers around them
# (not create/update/save: on a model or a repository they write to the app's own database)
_VERBS = re.compile(r"^(?:(?:post|put|patch|send|request|execute|invoke|call|do|query|fetch|submit|push|publish|"
                    r"exchange)\w*|get)$", re.I)
_CALL = re.compile(r"(?<![\w$])(?P<chain>[$@]?[A-Za-z_][\w$]*(?:\s*(?:\[(?:[^\[\]\n]|\[[^\[\]\n]*\])*\]|\([^()\n]*\))?\s*(?:\.|->|::|\?\.)"
                   r"\s*[A-Za-z_]\w*)+)\s*\(")
_NOT_SENDING = re.compile(r"(?i)^(?:get|is|has|close|shutdown|build|init|configure|with|on|off|flush|reset|new|to|"
                          r"set_?(?:timeout|level|debug|option|config))")
_HASHED = re.compile(r"(?i)(?:[\w.:]*(?:sha\d*|md5|hash\w*|digest|hmac|mask\w*|redact\w*|encrypt\w*|sum256|"
                     r"anonymi[sz]e\w*|pseudonymi[sz]e\w*)|hexdigest)\s*\(")
_IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_CONSTANT = re.compile(r"^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$|^[A-Z]{4,}$")
# a payload's key names a field, it holds no value: `Email: Digest::SHA256.hexdigest(...)`, `'email' => $hash`
_KEY = re.compile(r"(?<![\w$.:])[A-Za-z_]\w*\s*(?::(?![:=])|=>)")
_WORDS = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+")
_NOT_CLIENT = re.compile(r"(?i)^(?:log\w*|logger|console|cache|redis|db|repo\w*|session|request|req|res|response|"
                         r"params|json|JSON|mail\w*|queue|jobs?|store|model|self|this)$")


def _norm(word: str) -> str:
    return re.sub(r"[^a-z0-9]", "", word.lower())


@cache
def _names() -> frozenset[str]:
    """Words that name a vendor of the catalogue."""
    out: set[str] = set()
    for v in load().vendors:
        out |= {_norm(w) for w in (*v.tokens, *v.words) if "." not in w and "/" not in w and len(_norm(w)) >= 4}
        out |= {_norm(n) for n in re.split(r"\s*/\s*|\s*\(|\)", v.name) if len(_norm(n)) >= 5}
    return frozenset(out - _COMMON)


def names_vendor(text: str) -> bool:
    """Whether an expression names a vendor: an identifier, or one of its words, is a vendor's name."""
    return any(_names_vendor(ident) for ident in _IDENT.findall(text))


@cache
def _names_vendor(ident: str) -> bool:
    names = _names()
    return ident.lower().replace("_", "") in names or any(w.lower() in names for w in _WORDS.findall(ident))


def _bound(lines: list[str], name: str) -> str | None:
    """The expression a name is bound to in the file (`const base = ...`, `$client = ...`, `{ baseUrl } = ...`)."""
    pattern = re.compile(rf"(?:^|[\s(,{{])(?:\{{[^}}]*\b{re.escape(name)}\b[^}}]*\}}|{re.escape(name)})\s*(?::=|=(?![=>~]))\s*(.+)")
    for text in lines:
        if name in text and (m := pattern.search(text)) and not COMMENT.match(text):
            return m.group(1)
    return None


def _personal_line(lines: list[str], first: int, code: str) -> int | None:
    """The offset (in lines from `first`) of the line of `code` holding its e-mail address, the identifier vendors
    key a person by, or else of its first line holding a personal value."""
    found: int | None = None
    for k, text in enumerate(code.split("\n")):
        text = _KEY.sub(" ", _unhashed(text))
        # (a constant names a key, `contact.put(EMAIL, ...)`: it holds no one's data)
        kinds = set().union(*(classify(ident) for ident in _IDENT.findall(text) if not _CONSTANT.match(ident))) & _PERSONAL
        if "email" in kinds:
            return k
        if kinds and found is None:
            found = k
    return found


def _unhashed(text: str) -> str:
    """The text without the arguments of hashing or masking calls."""
    while m := _HASHED.search(text):
        end = call_end(text, m.end() - 1)
        # and the rest of its chain: createHash('sha256').update(email).digest('hex')
        while chained := re.match(r"\s*\.\s*\w+\s*\(", text[end:]):
            end = call_end(text, end + chained.end() - 1)
        text = text[:m.start()] + text[end:]
    return text


# the app's own modules: `from ..integrations import woopra` (a module file there), `import * as countly from
# './vendors/countly'`, `const crm = require('../crm')`
_PY_IMPORT = re.compile(r"^\s*from\s+(?P<dots>\.+)(?P<pkg>[\w.]*)\s+import\s+(?P<names>[\w\s,()]+)")
_PY_ABSOLUTE = re.compile(r"^\s*from\s+(?P<pkg>[A-Za-z_][\w.]*)\s+import\s+(?P<names>[\w\s,()]+)")
_JS_IMPORT = re.compile(r"""^\s*(?:import\s+\*\s+as\s+(?P<ns>\w+)\s+from|(?:const|let|var)\s+(?P<req>\w+)\s*=\s*require\()"""
                        r"""\s*['"](?:\.{1,2}/|\$lib/|@/|~/)""")


def local_modules(lines: list[str], path: Path) -> frozenset[str]:
    """The app's own modules a file imports by name: a vendor wrapper there is judged in its own file."""
    return _modules(path, tuple(line for line in lines[:80] if "import" in line or "require" in line))


@cache
def _modules(path: Path, imports: tuple[str, ...]) -> frozenset[str]:
    out: set[str] = set()
    for text in imports:
        if m := _JS_IMPORT.match(text):
            out.add(m.group("ns") or m.group("req"))
        elif m := _PY_ABSOLUTE.match(text):
            # `from tuneline.clients import pendo`: a module of a package of this project, found above the file
            for name in re.split(r"[,()]", m.group("names")):
                module, _, alias = name.strip().partition(" as ")
                if module and any((up.joinpath(*m.group("pkg").split(".")) / f"{module}.py").is_file()
                                  for up in list(path.parents)[:6]):
                    out.add(alias.strip() or module)
        elif m := _PY_IMPORT.match(text):
            base = path.parent
            for _ in range(len(m.group("dots")) - 1):
                base = base.parent
            base = base.joinpath(*m.group("pkg").split(".")) if m.group("pkg") else base
            for name in re.split(r"[,()]", m.group("names")):
                module, _, alias = name.strip().partition(" as ")
                if module and ((base / f"{module}.py").is_file() or (base / module / "__init__.py").is_file()):
                    out.add(alias.strip() or module)
    return frozenset(out)


def wrapper_call(lines: list[str], m: Match) -> bool:
    """Whether a match is an argument of a call on one of the app's own modules."""
    text = lines[m.line - 1] if 0 < m.line <= len(lines) else ""
    before = text[: m.column - 1]
    call = (re.search(r"(?<![\w$.])([A-Za-z_]\w*)\s*(?:\.|->)\s*\w+\s*\([^()]*$", before)
            or re.match(r"([A-Za-z_]\w*)\s*(?:\.|->)\s*\w+\s*\(", text[m.column - 1:]))
    return bool(call and call.group(1) in local_modules(lines, m.path))


@dataclass
class VendorCalls:
    files: list[Path] = field(default_factory=list)

    def observe(self, rel: str, path: Path, text: str) -> None:
        if rel.endswith(CODE) and not TEST.search(rel) and names_vendor(" ".join(set(_IDENT.findall(text)))):
            self.files.append(path)

    def matches(self, reported: tuple[Match, ...], files: FileLines) -> tuple[Match, ...]:
        taken = {(m.path, line - 1) for m in reported if m.metadata.get("category") == "pii_to_third_party"
                 for line in range(m.line, m.end_line + 1)}
        out: list[Match] = []
        for path in self.files:
            lines = files.lines(path)
            for i, line in enumerate(lines):
                if COMMENT.match(line) or DEFINITION.match(line):
                    continue
                for m in _CALL.finditer(line):
                    found = self._request(path, lines, i, m)
                    if found is not None and not any((path, n) in taken for n in found[1]):
                        out.append(Match(RULE, path, found[0] + 1, found[0] + 1, 1, _MESSAGE, "high", _META))
                        taken |= {(path, n) for n in found[1]}
                        break
        return tuple(out)

    def _request(self, path: Path, lines: list[str], i: int, m: re.Match[str]) -> tuple[int, set[int]] | None:
        """(line of the personal value, lines of the payload and request) for a vendor request at m, else None."""
        chain = m.group("chain")
        parts = [p.strip() for p in re.split(r"\.|->|::|\?\.", re.sub(r"\[[^\]]*\]|\([^)]*\)", "", chain))]
        if len(parts) < 2 or _NOT_CLIENT.match(parts[0].lstrip("$@")):
            return None
        receiver = chain[: chain.rfind(parts[-1])]
        # a client named for the vendor sends with any verb of its API (`emarsys.upsertContacts(...)`) but its getters
        # and life-cycle calls; another client with a verb that sends
        if not (_VERBS.match(parts[-1]) or (names_vendor(receiver) and not _NOT_SENDING.match(parts[-1]))):
            return None
        if parts[0] in local_modules(lines, path):
            return None
        text = "\n".join(lines[i:i + 15])
        start = m.start()
        end = call_end(blank(text, strings(text)), m.end() - 1)
        args = text[m.end():end]
        # the receiver, or a name it or the address (the first argument) is bound to in the file
        address = re.split(r",\s*(?![^()\[\]{}]*[)\]}])", args, maxsplit=1)[0]
        if not (names_vendor(receiver) or any(names_vendor(b) for n in _IDENT.findall(receiver + " " + address)
                                              if n not in ("this", "self") and (b := _bound(lines, n)))):
            return None
        code = blank(text[start:end], strings(text[start:end]))
        return payload_line(lines, i, code[len(chain):])


# `body = ...`, `const attributes: Record<string, unknown> = ...`, `$payload['phone'] = ...`, `if (c.phone) attrs.mobile = ...`
_ASSIGNED = re.compile(r"\s*(?:if\s*\((?:[^()]|\([^()]*\))*\)\s*)?(?:const|let|var|val|final\s+[\w<>, ]+?)?\s*[$@]?(\w+)"
                       r"((?:\[[^\]]*\]|\.\w+|->\w+)*)(?:\s*,\s*\w+)*(?:\s*:\s*[\w<>\[\], |.?]+?)?\s*(?::=|=(?![=>]))\s*")
# a map or list filled entry by entry: `contact.put(EMAIL, c.getEmail())`, `$payload->set('phone', ...)`, `attrs.push(x)`
_FILLED = re.compile(r"\s*[$@]?(\w+)((?:\.|->)(?:put|set|add|append|push|setdefault|update|merge|putAll|Set|Add))\s*\(")
# a payload written out (a map, list, struct or JSON literal), not a record the app loaded or created
# (`guardian = guardian_repo.create(...)` then `posthog.identify(guardian)`: the record is sent whole, at the call)
_LITERAL = re.compile(r"\s*(?!&?(?:models?|entity|entities|domain|db|store|schema)\.\w+\s*\{)(?:[\[{]|map\[|&?[\w.]+\s*\{|(?:dict|array|OrderedDict|\w*Map\.of\w*|List\.of|Arrays\.asList|"
                      r"json\.dumps|JSON\.(?:stringify|generate|dump)|json_encode|compact)\s*\(|new\s+[\w.]*(?:Map|List|"
                      r"Object|Dictionary|Array)\b|Hash\.new|\w+\s*\{)")
# the names an expression sends: identifiers (PHP's `$payload` too), not keys, keywords or called functions
_SENT = re.compile(r"(?<![\w.])\$?([A-Za-z_]\w*)\b(?!\s*(?:=(?![=>])|:(?!:)|\())")


def payload_line(lines: list[str], i: int, code: str) -> tuple[int, set[int]] | None:
    """(line of the first personal value, lines of the payload) of a request at line i whose arguments are `code`:
    in the arguments, else in the variables built above in the same function that they send (`body = {...}`,
    `event["evtData"] = {...}`, and the variables those are built from)."""
    payload = {i + k for k in range(code.count("\n") + 1)}
    hit = _personal_line(lines, i, code)
    if hit is not None:
        return i + hit, payload
    # the names it sends, not its keyword and key names (`body=json.dumps(...)`, `body: payload`)
    sent = set(_SENT.findall(code))
    found: list[int] = []
    for j in range(i - 1, max(-1, i - 30), -1):
        if DEFINITION.match(lines[j]):
            break  # the function's own start: what is built before it is another function's
        a = _FILLED.match(lines[j]) or _ASSIGNED.match(lines[j])
        if a and a.group(1) in sent and (a.re is _FILLED or _LITERAL.match(lines[j], a.end())):
            block = "\n".join(lines[j:j + 20])
            built_code = blank(block, strings(block))
            built = built_code[:statement_end(built_code, a.end())]
            payload |= {j + k for k in range(built.count("\n") + 1)}
            hit = _personal_line(lines, j, built[a.end():])
            if hit is not None:
                found.append(j + hit)
            elif not a.group(2):  # a variable built from others: `payload = {"d": [{"profileData": profile}]}`
                sent |= set(_SENT.findall(built[a.end():]))
    return (min(found), payload) if found else None


def refocus(matches: tuple[Match, ...], files: FileLines) -> tuple[Match, ...]:
    """A vendor rule's match starts at the first line holding a personal value of what it sends: in a payload
    written on several lines, or in a variable built above and sent (`body = {"consumerEmail": p.email, ...}` then
    `.post(url, json=body)`). That is where the data is put in, and where it is fixed; the match keeps its end."""
    out: list[Match] = []
    for m in matches:
        if m.metadata.get("category") == "pii_to_third_party":
            lines = files.lines(m.path)
            part = lines[m.line - 1:m.end_line]
            if part:
                text = "\n".join([part[0][m.column - 1:], *part[1:]])
                found = payload_line(lines, m.line - 1, blank(text, strings(text)))
                if found and found[0] + 1 != m.line:
                    m = replace(m, line=found[0] + 1, column=1, end_line=max(m.end_line, found[0] + 1))
        out.append(m)
    return tuple(out)


_MESSAGE = ("Personal data goes to a third-party vendor's API through the app's own client. That is sharing personal "
            "data the privacy policy must disclose and that needs a lawful basis (GDPR Art. 6, 28): send an internal "
            "id, or hash the value (SHA-256) where the vendor accepts hashed identifiers.")
_META = {"category": "pii_to_third_party", "cwe": ["CWE-359: Exposure of Private Personal Information to an "
         "Unauthorized Actor"], "owasp": ["A01:2021 - Broken Access Control"],
         "regulation": ["GDPR Art. 6", "GDPR Art. 28", "CCPA 1798.140(ad)"],
         "claims": ["shares_personal_data", "third_party_analytics", "third_party_advertising"],
         "severity_level": "high", "confidence": "MEDIUM"}

__all__ = ["RULE", "VendorCalls", "local_modules", "names_vendor", "refocus", "wrapper_call"]
