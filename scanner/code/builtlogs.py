r"""A payload built above a log call and logged whole, in any language. Code that talks to a gateway or a vendor often
logs what it is about to send: `$payload = [..., 'card' => ['pan' => $card['pan'], ...]]` then
`$log->debug('charge request ' . json_encode($payload))`, `body.put("pan", form.cardNumber)` then
`log.debug("tokenise body={}", body)`, `payload := map[string]any{"card": ...}` then `logger.Debug("authorise",
"payload", payload)`. The log call names only the variable; what it writes is what was put in it. Here the variables a
log call writes whole (bare, or through a serialiser: json_encode, json.dumps, JSON.stringify, str) are followed to
the literals and entry-by-entry fills that build them above it in the same function (scanner.code.payloads), and the
values put in are read with the shared vocabulary, and so are the keys the function reads from it (`data =
message.payload`, `log.info("signup", data)`, then `data["email"]`: a decoded message or form logged whole writes every
key it holds): a card number or security code makes the call
`card-data-payload-logged` (card_data_logging), other personal data `personal-data-payload-logged` (pii_logging; a
cardholder's name beside the card is the card finding's).
Hashed or masked values, keys and constants are not data; a member of the variable (`payload["id"]`, `body.size()`)
or the variable inside another call (`len(body)`) is not the whole of it; test code is left out. Reported at the log
call (where another rule reports the same statement, scan_code keeps one finding).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from scanner.code.cardlogs import bound_loggers, log_call
from scanner.code.chains import blank, callees, strings
from scanner.code.configvalues import CODE
from scanner.code.filelines import FileLines
from scanner.code.messages import COMMENT, DEFINITION, TEST, statement
from scanner.code.payloads import built, kinds
from scanner.code.semgrep import Match

CARD_RULE = "card-data-payload-logged"
PII_RULE = "personal-data-payload-logged"
_CARD = {"card_number", "security_code"}
# a variable written whole: not called, not a member looked up, not assigned or a key
# exceptions are logged by name too: what they were built with is scanner.code.caught's business
_ERROR_NAME = re.compile(r"(?i)^(?:e|ex|exc|err|error|errors|exception|cause|\w*(?:error|exception|err))$")
_WHOLE_NAME = re.compile(r"(?<![\w$.>])\$?([A-Za-z_]\w*)\b(?:\.(?:inspect|to_json|to_s|to_h|toString\(\)|"
                         r"to_string\(\)))?(?!\s*(?:\(|\.|->|\?\.|\[|=(?![=>])|:(?!:)|&&|\|\||\band\b|\bor\b))")
_SERIALISER = re.compile(r"(?i)^(?:\w*json\w*|dumps?|stringify|str|string|repr|print_r|var_export|serialize|"
                         r"to_?string|value_?of|inspect|sprint\w*|format)$")
# a line that opens a block a handler runs in: Ruby's `do |x|`, JS's `=> {` and `function (...) {`
_OPENER = re.compile(r"\bdo\s*(?:\|[^|]*\|)?\s*$|=>\s*\{\s*$|\bfunction\s*\([^)]*\)\s*\{\s*$")
_KEYED = re.compile(r"""\[\s*['"](\w+)['"]\s*\]""")


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _scope(lines: list[str], i: int) -> tuple[int, int]:
    """The lines of the function, method or route block around line i (at most 40 either way): from the nearest
    definition or block-taking line above it at a smaller indentation (`def create`, `post "/rentals" do`,
    `router.post('/x', async (req, res) => {`) to the next line indented no deeper than that one."""
    start, depth = max(0, i - 40), _indent(lines[i])
    for j in range(i - 1, max(-1, i - 40), -1):
        if lines[j].strip() and _indent(lines[j]) < depth and (DEFINITION.match(lines[j]) or _OPENER.search(lines[j])):
            start, depth = j, _indent(lines[j])
            break
    end = next((j for j in range(i + 1, min(len(lines), i + 40)) if lines[j].strip() and _indent(lines[j]) <= depth),
               min(len(lines), i + 40))
    return start, end


def read_keys(lines: list[str], i: int, names: set[str]) -> set[str]:
    """The kinds of data the function around line i reads by key from the variables `names` (`data["email"]`,
    `$data['full_name']`, `params.fetch(:phone)`): a map a request, a message or a form was decoded into, logged
    whole (`log.info("signup", data)`), writes every key it holds."""
    start, end = _scope(lines, i)
    keyed = re.compile(r"(?<![\w.>])\$?(?:" + "|".join(map(re.escape, names)) + r")\s*(?:\[\s*:?['\"]?(\w+)['\"]?\s*\]"
                       r"|(?:\.|->)(?:get|fetch|dig|input|get_?param)\(\s*:?['\"]?(\w+))")
    found = {k.group(1) or k.group(2) for line in lines[start:end] for k in keyed.finditer(line)}
    return kinds(" ".join(found)) if found else set()


@dataclass
class BuiltLogs:
    files: list[Path] = field(default_factory=list)

    def observe(self, rel: str, path: Path, text: str) -> None:
        if rel.endswith(CODE) and not TEST.search(rel) and re.search(r"(?i)log|console", text):
            self.files.append(path)

    def matches(self, files: FileLines) -> tuple[Match, ...]:
        out: list[Match] = []
        for path in self.files:
            lines = files.lines(path)
            bound = bound_loggers("\n".join(lines))
            for i, line in enumerate(lines):
                if COMMENT.match(line) or DEFINITION.match(line):
                    continue
                m = log_call(line, bound)
                if m is None:
                    continue
                said = statement(lines, i, m.end() - 1) if line[m.end() - 1] == "(" else line[m.end():]
                code = blank(said, strings(said))
                names = {n.group(1) for n in _WHOLE_NAME.finditer(code)
                         if all(_SERIALISER.match(c) for c in callees(code, n.start(), 1))
                         and not _ERROR_NAME.match(n.group(1))}
                if not names:
                    continue
                statements: set[int] = set()
                built(lines, i, names, statements)
                held = set().union(*(kinds(blank(t := _KEYED.sub(r".\1", lines[j]), strings(t))) for j in statements))
                held |= read_keys(lines, i, names)
                personal = held - _CARD
                # (a card's holder name goes with the card: card_data_logging reports it)
                for category, rule, found in (("card_data_logging", CARD_RULE, held & _CARD),
                                              ("pii_logging", PII_RULE, personal - {"person_name"}
                                               or (personal and not held & _CARD))):
                    if found:
                        out.append(Match(rule, path, i + 1, i + 1, 1, _TEXT[category],
                                         "high" if category == "card_data_logging" else "medium",
                                         {**_META, "category": category}))
        return tuple(out)


_TEXT = {
    "card_data_logging": "A payload that holds a card number or security code (built above) is logged whole, and logs are "
                         "kept and copied widely (PCI DSS 3.3.1, 3.5.1, 10.3). Log the charge's id or the last four "
                         "digits instead.",
    "pii_logging": "A payload that holds personal data (built above) is logged whole (GDPR Art. 5(1)(c), 32). Log an id "
                   "instead of what is sent.",
}
_META = {"cwe": ["CWE-532: Insertion of Sensitive Information into Log File"],
         "owasp": ["A09:2021 - Security Logging and Monitoring Failures"],
         "regulation": ["PCI DSS v4.0 req. 3.3.1", "PCI DSS v4.0 req. 10.3", "GDPR Art. 5(1)(c)", "GDPR Art. 32"],
         "claims": ["logs_personal_data", "stores_full_card_number", "stores_card_security_code"],
         "confidence": "MEDIUM"}

__all__ = ["CARD_RULE", "PII_RULE", "BuiltLogs", "read_keys"]
