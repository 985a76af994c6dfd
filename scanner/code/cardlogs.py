r"""Card data logged inside a container, in any language. A log call given a whole object, array or map (`job.data`,
`$row`, `job.Args`, `body["card"]`, `card: card`, `"#{msg}"`) prints every member of it, and the language rules see
only a name that says nothing about cards. Here a logged value counts as card data when the same function (back to
its definition and on to the next one, at most 40 lines each way) looks a member of it up by key under a name the
shared vocabulary gives a card number or security code: `X['card_number']`, `X["card"]["number"]` (a bare `number`
only under a card), `X.get("pan")`, `job.ArgString("cvc")`, `const { pan, cvv } = X`, also through an alias
(`$card = $data['card']`, `data = JSON.parse(msg)`), and does not remove or mask it (`unset($row['card_number'])`,
`d.pop("pan")`, `d["pan"] = mask(...)`). Members read by attribute (`card.number`) do not count: such an object
prints what its class says (a record's own toString, a SecretStr, a logger's redact paths), which scanner.code.classes
and the language rules judge; so does a value itself named for card data, except the forms those rules cannot see: a
member looked up by key under a card (`'...' . $data['card']['number']`) and a `number` taken beside a security code
(`{ number, cvv } = ctx.params`, `def perform(id, number, cvc)`). Log calls are known by their receiver (a word
log/logger/logging, `console`, or a name the file binds to a logger: `signale.scope(...)`, `pino(...)`,
`getLogger(...)`, an import from a logger module) and method (debug/info/warn/error/...). Values wrapped in any call
but a serialiser (`mask(x)`, `len(x)`, `Arr::except($row, ...)`), cut (`x[-4:]`), used as a condition or as a key
are left out, and so is test code. Reported as `card-data-container-logged` (card_data_logging) at the log call.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from scanner.code.chains import CHAIN, blank, call_end, callees, in_words, kinds_at, segments, strings
from scanner.code.configvalues import CODE
from scanner.code.jobargs import masked
from scanner.code.messages import COMMENT, DEFINITION, TEST
from scanner.code.semgrep import Match
from scanner.code.vocabulary import classify, normalise

RULE = "card-data-container-logged"
_BACK = 40
_LOGWORDS = {"log", "logger", "loggers", "logging", "slog", "syslog", "logrus", "zerolog", "monolog", "logs", "console",
             "signale", "pino", "winston", "bunyan", "structlog"}
_METHODS = re.compile(r"(?i)^(?:debug|info|warn|warning|error|fatal|critical|trace|notice|log|success|await|note|complete|"
                      r"pending|exception|alert|emergency|verbose|silly|severe|fine|fav|star|start|watch|print(?:f|ln)?|"
                      r"(?:debug|info|warn|error|fatal|trace|panic)(?:f|w|ln)?|msg)$")
# a logger, maybe fetched by name: logger.info(, $this->log->debug(, Log::channel('payments')->debug(, logger.info "..."
_CALL = re.compile(r"(?P<chain>(?:[$@]?[\w$]+(?:\(\s*(?:'[\w.-]*'|\"[\w.-]*\")?\s*\))?\s*(?:\.|->|::|\?\.)\s*)+)(?P<m>\w+)"
                   r"(?:\s*\(|\s+(?=[\"']))")
# serialisers and collection builders pass the value on whole: json.dumps(x), JSON.stringify(x), Map.of("card", x)
_WHOLE = re.compile(r"(?i)^(?:\w*json\w*|dumps?|stringify|inspect|print_r|var_export|var_dump|repr|str|string|sprint\w*|"
                    r"format|to_?string|value_?of|of|as_?list|dict|array|merge|compact|to_h|serialize|encode|pformat|"
                    r"with_?fields|fields|attributes)$")
_FACTORY = re.compile(r"(?<![\w$])\$?(?P<n>[A-Za-z_]\w*)\s*(?::=|=(?![=>]))\s*(?:new\s+)?(?P<f>[\w.:$>-]+?)\s*\(")
_IMPORT = re.compile(r"""(?:const|let|var)\s*\{(?P<a>[^}]*)\}\s*=\s*require\(\s*['"](?P<p>[^'"]+)['"]"""
                     r"""|import\s*\{(?P<b>[^}]*)\}\s*from\s*['"](?P<q>[^'"]+)['"]|^from\s+(?P<r>[\w.]+)\s+import\s+(?P<c>[\w, ]+)""",
                     re.M)
_ALIAS = re.compile(r"(?<![\w$.])\$?(?P<n>[A-Za-z_]\w*)\s*(?::=|=(?![=>]))\s*(?:(?P<parse>[\w.:\\]*(?:parse|loads|decode|"
                    r"Unmarshal)\w*)\s*\(\s*)?(?P<v>[$@]?[A-Za-z_][^;\n,()]*?(?:\(\))?)\s*(?:\)|,[^)]*\))?\s*;?\s*$")
_OPENS = re.compile(r"(?:=>|\bdo(?:\s*\|[^|]*\|)?|\bfunction\s*\w*\([^)]*\))\s*\{?\s*$")
_REMOVED = re.compile(r"(?:\bdel\s+|\bunset\s*\(\s*|\bdelete\s+)$")
_POPPED = re.compile(r"""(?<![\w.$>@-])([$@]?[\w.$>-]+?)(?:\.|->)(?:pop|delete|remove|forget|unset)\(\s*[:'"](\w+)['"]?\s*[,)]""")
_DESTRUCTURE = re.compile(r"(?:const|let|var)?\s*\{(?P<keys>[^{}]*)\}\s*=\s*(?P<v>[$@]?[A-Za-z_][\w$.\[\]'\"]*)")


def _loggerish(name: str) -> bool:
    return bool(set(normalise(name.lstrip("$@")).split("_")) & _LOGWORDS)


def bound_loggers(text: str) -> set[str]:
    """Names the file binds to loggers: built by a logger factory or imported from a logging module."""
    out = {m.group("n") for m in _FACTORY.finditer(text) if any(_loggerish(w) for w in re.split(r"\W+", m.group("f")) if w)
           or re.search(r"(?:^|\.)(?:getLogger|get_logger|createLogger|Signale|Logger)$", m.group("f"))}
    for m in _IMPORT.finditer(text):
        names, module = m.group("a") or m.group("b") or m.group("c"), m.group("p") or m.group("q") or m.group("r")
        if _loggerish(re.split(r"[/.]", module)[-1]):
            out |= {n.split(":")[-1].split(" as ")[-1].strip() for n in names.split(",") if n.strip()}
    return out


def log_call(line: str, bound: set[str]) -> re.Match[str] | None:
    """The first log call on the line (`logger.info(`, `Log::channel('x')->warning(`, `Logging.logger[self].warn(`):
    a receiver word a logger word or a name the file binds to a logger, and a logging method."""
    if len(line) > 2000:
        return None  # a generated line (a source map, a bundle) holds no log call, and the pattern is quadratic on it
    # a logger fetched by key (`Logging.logger[self.class].warn(`): the key blanked, the columns kept
    line = re.sub(r"\[[^\[\]\n]*\](?=\s*\.)", lambda k: " " * len(k.group(0)), line)
    for m in _CALL.finditer(line):
        receivers = [w for w in re.split(r"\W+", m.group("chain")) if w]
        if _METHODS.match(m.group("m")) and any(_loggerish(w) or w in bound for w in receivers) \
                and not in_words(strings(line), m.start()):
            return m
    return None


def _aliases(lines: list[str]) -> tuple[dict[str, list[str]], set[str], set[str]]:
    """What local names stand for (`$card = $data['card']`, `data = JSON.parse(msg)`, `{ pan, cvv } = job.data`), the
    names taken by destructuring, and those that are a card's number by where they were taken from (`{ number, cvv } =
    ctx.params`)."""
    out: dict[str, list[str]] = {}
    taken: set[str] = set()
    numbers: set[str] = set()
    for line in lines[:1]:  # `def perform(invoice_id, number, cvc)`: a number passed beside a security code
        params = re.findall(r"\w+", line.partition("(")[2]) if _defines(line) else []
        if "number" in params and any("security_code" in classify(p) for p in params):
            numbers.add("number")
    for line in lines:
        for d in _DESTRUCTURE.finditer(line):
            keys = [(k.split(":")[0].strip(), k.split(":")[-1].strip()) for k in d.group("keys").split(",") if k.strip()]
            base = segments(d.group("v"))
            # `number` taken from one object with a security code is the card's number (`{ number, cvv } = ctx.params`)
            card = any("security_code" in classify(k) for k, _ in keys)
            for key, name in keys:
                if re.fullmatch(r"\w+", name):
                    out[name] = [*base, key]
                    taken.add(name)
                    if card and key == "number":
                        numbers.add(name)
        for m in _ALIAS.finditer(line):
            if CHAIN.fullmatch(m.group("v")) and m.group("n") not in ("this", "self"):
                out[m.group("n")] = segments(m.group("v"))
    return out, taken, numbers


def _resolve(segs: list[str], alias: dict[str, list[str]]) -> list[str]:
    for _ in range(3):
        head = alias.get(segs[0].lstrip("$@")) if segs else None
        if not head or head[:1] == segs[:1]:
            break
        segs = head + segs[1:]
    return [s.lower() for s in segs]


def _cardish(logged: list[str], reads: list[list[str]]) -> bool:
    """Whether a logged value holds a member the function reads as card data."""
    n = len(logged)
    return any(r[:n] == logged and any(kinds_at(r, j) for j in range(n, len(r))) for r in reads if len(r) > n)


def _defines(line: str) -> bool:
    return bool(DEFINITION.match(line) or _OPENS.search(line))


def _scope(lines: list[str], i: int) -> list[str]:
    """The function around line i: back to its definition and on to the next one, at most 40 lines each way."""
    start = next((j for j in range(i, max(-1, i - _BACK), -1) if _defines(lines[j])), max(0, i - _BACK))
    end = next((j for j in range(i + 1, min(len(lines), i + _BACK)) if _defines(lines[j])), min(len(lines), i + _BACK))
    return lines[start:end]


@dataclass
class CardLogs:
    found: list[Match] = field(default_factory=list)

    def observe(self, rel: str, path: Path, text: str) -> None:
        if not rel.endswith(CODE) or TEST.search(rel) or not re.search(r"(?i)pan|card|cv[vcn]|ccv|cc_?n", text):
            return
        lines = text.splitlines()
        bound: set[str] | None = None
        for i, line in enumerate(lines):
            if COMMENT.match(line) or DEFINITION.match(line):
                continue
            for m in _CALL.finditer(line):
                receivers = [w for w in re.split(r"\W+", m.group("chain")) if w]
                if not _METHODS.match(m.group("m")) or not receivers:
                    continue
                if bound is None:
                    bound = bound_loggers(text)
                if not any(_loggerish(w) or w in bound for w in receivers) or in_words(strings(line), m.start()):
                    continue
                if self._logs_card(lines, i, m.end() - 1 if line[m.end() - 1] == "(" else m.end()):
                    self.found.append(Match(RULE, path, i + 1, i + 1, m.start() + 1, _MESSAGE, "high", _META))
                    break

    @staticmethod
    def _logs_card(lines: list[str], i: int, at: int) -> bool:
        statement = "\n".join(lines[i:i + 8])
        spans = strings(statement)
        code = blank(statement, spans)
        end = call_end(code, at) if code[at] == "(" else statement.find("\n") % (len(statement) + 1)
        scope = _scope(lines, i)
        alias, taken, numbers = _aliases(scope)
        # only members looked up by key (a map's, an array's, a hash's, a job's arguments) or destructured from a plain
        # object make a container that prints them: an object read by attribute prints what its class says (a
        # record, a DTO, a model with secret fields, a logger's redact paths), which scanner.code.classes and the
        # language rules judge
        reads = [_resolve([name], alias) for name in taken]
        cleaned: list[list[str]] = []
        for line in scope:
            for c in CHAIN.finditer(line):
                if re.search(r"[\[(]\s*['\":]", c.group(0)):
                    # a member removed or overwritten with a safe form leaves the container clean: `del d["cvv"]`,
                    # `unset($row['card_number'])`, `d["pan"] = mask(d["pan"])`
                    value = re.match(r"\s*=(?![=>])(.*)", line[c.end():])
                    gone = _REMOVED.search(line[:c.start()]) or (value and masked(value.group(1)))
                    (cleaned if gone else reads).append(_resolve(segments(c.group(0)), alias))
            cleaned += [_resolve([*segments(p.group(1)), p.group(2)], alias) for p in _POPPED.finditer(line)]
        reads = [r for r in reads if r not in cleaned]
        for c in CHAIN.finditer(statement, at, end):
            if in_words(spans, c.start()):
                continue
            after = code[c.end():end].lstrip()
            before = code[max(at, c.start() - 3):c.start()]
            if after.startswith(("(", "[", "&&", "||", "?", "==", "!=")) or re.match(r":(?!:)|=(?![=>])|(?:and|or)\b", after):
                continue  # called, cut, a condition, a key
            if "!" in before or any(not _WHOLE.match(n) for n in callees(code, c.start(), at + 1)):
                continue  # wrapped: mask(x), len(x), Arr::except($row, ...)
            segs = segments(c.group(0))
            if not segs:
                continue
            # a value itself named for card data is the language rules' to judge, but for a member looked up by key
            # under a card (`$data['card']['number']`) or a number taken beside a security code, which they cannot see
            keyed = re.search(r"(?:\]|['\"]\s*\))$", c.group(0)) and len(segs) > 1 and not classify(segs[-1])
            if (keyed and kinds_at(segs, len(segs) - 1)) or c.group(0) in numbers or _cardish(_resolve(segs, alias), reads):
                return True
        return False


_MESSAGE = ("A value that holds card data (a full card number or a security code, read from it in this function) is "
            "logged whole, and logs are kept and copied widely (PCI DSS 3.3.1, 3.5.1, 10.3). Log an id, the "
            "gateway's token or the last four digits instead.")
_META = {"category": "card_data_logging",
         "cwe": ["CWE-532: Insertion of Sensitive Information into Log File",
                 "CWE-359: Exposure of Private Personal Information to an Unauthorized Actor"],
         "owasp": ["A09:2021 - Security Logging and Monitoring Failures"],
         "regulation": ["PCI DSS v4.0 req. 3.3.1", "PCI DSS v4.0 req. 3.5.1", "PCI DSS v4.0 req. 10.3", "GDPR Art. 32"],
         "claims": ["stores_full_card_number", "stores_card_security_code", "security_measures"],
         "confidence": "MEDIUM", "severity_level": "high"}

__all__ = ["RULE", "CardLogs", "bound_loggers", "log_call"]
