r"""What a request to a vendor sends, and where its personal values are written. The arguments of the request, and
the payloads built above it in the same function that it sends: a map, list, struct or JSON literal assigned to a
variable (`body = {...}`, `const attributes: Record<string, unknown> = {...}`, `$payload['phone'] = ...`) or filled entry
by entry (`contact.put(EMAIL, c.getEmail())`), and the variables those are built from. A record the app created or
loaded (`guardian = guardian_repo.create(...)`, `&models.Customer{...}`) is sent whole and is judged at the call. A
value is personal when the shared vocabulary names it so (`passenger.email`, `customer.getMobile()`); keys and
constants name fields, and values passed through a hash or a mask are not personal. The line reported is the one
holding the e-mail address, the identifier vendors key a person by, else the first personal one: where the data goes
in, and where it is fixed. `refocus` moves the pii_to_third_party matches there.
"""

from __future__ import annotations

import re
from dataclasses import replace

from scanner.code.chains import call_end, statement_end, values
from scanner.code.filelines import FileLines
from scanner.code.messages import DEFINITION
from scanner.code.records import STORED_KIND
from scanner.code.semgrep import Match
from scanner.code.vocabulary import classify

_PERSONAL = {"email", "phone", "person_name", "postal_address", "national_id", "date_of_birth", "card_number",
             "security_code"}
_HASHED = re.compile(r"(?i)(?:[\w.:]*(?:sha\d*|md5|hash\w*|digest|hmac|mask\w*|redact\w*|encrypt\w*|sum256|"
                     r"anonymi[sz]e\w*|pseudonymi[sz]e\w*)\w*|hexdigest)\s*\(")  # (sha256_normalised(...))
_IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_CONSTANT = re.compile(r"^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$|^[A-Z]{4,}$")
_SLICED = re.compile(r"[\w$.>\-]+(?:\[[^\[\]\n]*\])*\[\s*-?\d*\s*:\s*-?\d*\s*\]")
_CONDITION = re.compile(r"[\w$.>-]+(?:\(\))?\s*(?:\?(?![?.:\]])|&&)")
# a payload's key names a field, it holds no value: `Email: Digest::SHA256.hexdigest(...)`, `'email' => $hash`
_KEY = re.compile(r"(?<![\w$.:])[A-Za-z_]\w*\s*(?::(?![:=])|=>)")


def _personal_line(code: str) -> int | None:
    """The offset (in lines) of the line of `code` holding its e-mail address, the identifier vendors
    key a person by, or else of its first line holding a personal value."""
    found: int | None = None
    for k, text in enumerate(code.split("\n")):
        # (a value tested, not sent: `ph: guest.phone ? [sha256(guest.phone)] : []`)
        # (and a value cut to a part, `owner["postcode"][:3]`, `phone[-4:]`: what is sent is not the whole)
        text = _SLICED.sub(" ", _CONDITION.sub(" ", _KEY.sub(" ", _unhashed(text))))
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


# `body = ...`, `const attributes: Record<string, unknown> = ...`, `$payload['phone'] = ...`, `if (c.phone) attrs.mobile = ...`
_ASSIGNED = re.compile(r"\s*(?:if\s*\((?:[^()]|\([^()]*\))*\)\s*)?(?:const|let|var|val|final\s+[\w<>, ]+?|"
                       r"[A-Z][\w.]*(?:<[\w<>, ?.]*>)?(?:\[\])*\s+(?=\w+\s*=[^=]))?\s*[$@]?(\w+)"
                       r"((?:\[[^\]]*\]|\.\w+|->\w+)*)(?:\s*,\s*\w+)*(?:\s*:\s*[\w<>\[\], |.?]+?)?\s*(?::=|=(?![=>]))\s*")
# a map or list filled entry by entry: `contact.put(EMAIL, c.getEmail())`, `$payload->set('phone', ...)`, `attrs.push(x)`
_FILLED = re.compile(r"\s*[$@]?(\w+)((?:\.|->)(?:put\w*|set|add\w*|append|push|setdefault|update|merge|Set|Add))\s*\(")
# a payload written out (a map, list, struct or JSON literal), not a record the app loaded or created
# (`guardian = guardian_repo.create(...)` then `posthog.identify(guardian)`: the record is sent whole, at the call)
_LITERAL = re.compile(r"\s*(?!&?(?:models?|entity|entities|domain|db|store|schema)\.\w+\s*\{)(?:[\[{]|map\[|&?[\w.]+\s*\{|"
                      r"(?:dict|array|OrderedDict|\w*Map\.of\w*|List\.of|Arrays\.asList|"
                      r"json\.dumps|JSON\.(?:stringify|generate|dump)|json_encode|compact)\s*\(|new\s+[\w.]*(?:Map|List|"
                      r"Object|Dictionary|Array)\b|Hash\.new|\w+\s*\{)")
# a call of a function by name, maybe through self/this/static (the app's own payload builder)
_HELPER = re.compile(r"(?<![\w$.>:])(?:(?:self|static|this|\$this)(?:::|\.|->))?([A-Za-z_]\w*)\s*\(")
_SERIALISERS = re.compile(r"(?i)^(?:json_encode|json|dumps|stringify|str|dict|list|array|compact|sprintf|format|map|"
                          r"to_json|jsonify|serialize|encode|\w*Map|of|asList)$")
# the names an expression sends: identifiers (PHP's `$payload` too), not keys, keywords or called functions
_SENT = re.compile(r"(?<![\w.])\$?([A-Za-z_]\w*)\b(?!\s*(?:=(?![=>])|:(?!:)|\())")


def payload_line(lines: list[str], i: int, code: str) -> tuple[int, set[int]] | None:
    """(line of the first personal value, lines of the payload) of a request at line i whose arguments are `code`:
    in the arguments, else in the variables built above in the same function that they send (`body = {...}`,
    `event["evtData"] = {...}`, and the variables those are built from)."""
    payload = {i + k for k in range(code.count("\n") + 1)}
    hit = _personal_line(code)
    if hit is not None:
        return i + hit, payload
    # the names it sends, not its keyword and key names (`body=json.dumps(...)`, `body: payload`)
    found = built(lines, i, set(_SENT.findall(code)), payload)
    if found:
        return min(found), payload
    at = _helper_call(lines, code)
    return (i + at, payload) if at is not None else None


def _helper_call(lines: list[str], code: str) -> int | None:
    """The offset (in lines) of a call in `code` to a function of the same file that builds a payload of personal
    values (`json_encode(self::contactPayload($player))`, `json=_contact_fields(member)`)."""
    for call in _HELPER.finditer(code):
        name = call.group(1)
        if _SERIALISERS.match(name):
            continue
        definition = re.compile(rf"(?:\bdef|\bfunction|\bfunc(?:\s*\([^)]*\))?)\s+{re.escape(name)}\s*\(|"
                                rf"^\s*(?:(?:public|private|protected|static|async|final)\s+)+[\w<>\[\],.? ]*?\b{re.escape(name)}\s*\(")
        start = next((d for d, text in enumerate(lines) if definition.search(text)), None)
        if start is None:
            continue
        body = []
        for text in lines[start + 1:start + 40]:
            if DEFINITION.match(text):
                break
            body.append(text)
        block = "\n".join(body)
        if _personal_line(values(block)) is not None:
            return code.count("\n", 0, call.start())
    return None


def built(lines: list[str], i: int, sent: set[str], payload: set[int] | None = None) -> list[int]:
    """The lines holding personal values of the variables named `sent` as they are built above line i in the same
    function (a literal assigned, or a map filled entry by entry), and of the variables those are built from; the
    lines of the building statements are added to `payload`."""
    payload = set() if payload is None else payload
    found: list[int] = []
    for j in range(i - 1, max(-1, i - 30), -1):
        if DEFINITION.match(lines[j]):
            break  # the function's own start: what is built before it is another function's
        a = _FILLED.match(lines[j]) or _ASSIGNED.match(lines[j])
        # (a literal assigned, or an entry filled: `payload.put(...)`, `fields['str::email'] = guest.email`)
        if a and a.group(1) in sent and (a.re is _FILLED or a.group(2) or _LITERAL.match(lines[j], a.end())):
            block = "\n".join(lines[j:j + 20])
            built_code = values(block)
            statement = built_code[:statement_end(built_code, a.end())]
            payload |= {j + k for k in range(statement.count("\n") + 1)}
            hit = _personal_line(statement[a.end():])
            if hit is not None:
                found.append(j + hit)
            elif not a.group(2):  # a variable built from others: `payload = {"d": [{"profileData": profile}]}`
                sent |= set(_SENT.findall(statement[a.end():]))
    return found


def kinds(line: str) -> set[str]:
    """The kinds of personal and card data the values of a line hold (keys, constants and hashed values left out)."""
    text = _KEY.sub(" ", _unhashed(line))
    return set().union(*(classify(ident) for ident in _IDENT.findall(text) if not _CONSTANT.match(ident))) & _PERSONAL


# the message of the rules for a struct literal marshalled whole and stored: `'jobs.DockCharge{...}' (...) is ...`
_SERIALISED = re.compile(r"'([\w.]+)\{\.\.\.\}'")


def refocus(matches: tuple[Match, ...], files: FileLines) -> tuple[Match, ...]:
    """A vendor rule's match starts at the first line holding a personal value of what it sends: in a payload
    written on several lines, or in a variable built above and sent (`body = {"consumerEmail": p.email, ...}` then
    `.post(url, json=body)`). That is where the data is put in, and where it is fixed; the match keeps its end. A
    struct literal marshalled and stored a few lines on (`json.Marshal(jobs.DockCharge{PAN: in.PAN})` then `RPush`) is
    reported where it is written, for the same reason."""
    out: list[Match] = []
    for m in matches:
        literal = _SERIALISED.match(m.message) if m.rule_id.endswith("serialised-literal") else None
        if literal:  # a struct literal marshalled above and written here: reported where its card data is put in
            lines = files.lines(m.path)
            above = next((j for j in range(m.line - 2, max(-1, m.line - 31), -1)
                          if f"{literal.group(1)}{{" in lines[j]), None)
            if above is not None:
                m = replace(m, line=above + 1, column=1)
        elif m.rule_id.endswith("-fillable") and m.end_line > m.line:
            # a column list written on several lines: reported on the line that names the card column
            wanted = STORED_KIND.get(str(m.metadata.get("category")), "")
            lines = files.lines(m.path)
            hit = next((j for j in range(m.line - 1, min(m.end_line, len(lines)))
                        if any(wanted in classify(n) for n in re.findall(r"""['"](\w+)['"]""", lines[j]))), None)
            if hit is not None and hit + 1 != m.line:
                m = replace(m, line=hit + 1, column=1)
        elif m.metadata.get("category") == "pii_to_third_party":
            lines = files.lines(m.path)
            part = lines[m.line - 1:m.end_line]
            if part:
                text = "\n".join([part[0][m.column - 1:], *part[1:]])
                found = payload_line(lines, m.line - 1, values(text))
                if found and found[0] + 1 != m.line:
                    m = replace(m, line=found[0] + 1, column=1, end_line=max(m.end_line, found[0] + 1))
        out.append(m)
    return tuple(out)


__all__ = ["built", "kinds", "payload_line", "refocus"]
