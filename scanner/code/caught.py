r"""Card data logged with a caught exception's message, in any language. An exception raised with a card number in its
message (`raise Declined, "charge of #{card_number} declined"`, `throw new ZaplineDeclined(sprintf('card %s ...',
$card['pan']))`, scanner.code.messages reads those) is written to a log wherever a handler that catches it logs it:
`except HarbourpayDeclined as exc: log.warning("declined: %s", exc)`, `rescue Haybale::Declined => e` then
`log.warn(e.message)`, `catch (ZaplineDeclined $e)` then `$logger->warning($e->getMessage())`, Java's
`catch (DeclinedException e)` then `log.warn("...", e)`, JavaScript's `catch (err)` then `if (err instanceof
Declined)`. Such a log call (the exception itself, its message or string form, not another of its members such as a
code or a status) is reported (`card-data-in-logged-exception`, card_data_logging) at the log call, for the exception
classes the project raises with card data; one raised with other personal data (or given it by its constructor's
`super(...)`) makes the call `personal-data-in-logged-exception` (pii_logging). Go's errors have no class to follow
and are left out; so is test code.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from scanner.code.cardlogs import bound_loggers, log_call
from scanner.code.configvalues import CODE
from scanner.code.messages import COMMENT, DEFINITION, TEST, statement
from scanner.code.semgrep import Match

RULE = "card-data-in-logged-exception"
PII_RULE = "personal-data-in-logged-exception"
_CATCH = re.compile(
    r"^\s*except\s+\(?(?P<py>[\w.,\s]+?)\)?\s+as\s+(?P<pv>\w+)\s*:"
    r"|^\s*rescue\s+(?P<rb>[\w:,\s]+?)\s*=>\s*(?P<rv>\w+)"
    r"|\bcatch\s*\(\s*(?:final\s+)?(?P<t>[\w.\\|\s]+?)\s+\$?(?P<v>\w+)\s*\)"
    r"|\bcatch\s*\(\s*(?P<jv>\w+)\s*(?::\s*\w+\s*)?\)"
    # handlers registered for a class: Rails' `rescue_from X do |e|`, Laravel's `report(function (X $e) {`, a Spring
    # @ExceptionHandler method `handle(X ex) {`
    r"|\brescue_from\s+(?P<rf>[\w:, ]+?)\s+do\s*\|\s*(?P<rfv>\w+)\s*\|"
    r"|(?:\bfunction|\bfn|\w)\s*\(\s*(?:final\s+)?(?P<mt>[A-Z][\w.\\]*)\s+\$?(?P<mv>\w+)\s*\)\s*(?::\s*[\w?]+\s*)?"
    r"(?:\{|=>|$)")
_INSTANCE = re.compile(r"\binstanceof\s+([\w.]+)")
_BLOCK = 10  # lines after the catch that its handler is read in
# the exception's message or string form, not another member of it (`exc.code`, `$e->getStatus()`)
_MESSAGE_MEMBER = r"(?:message|getMessage|full_message|to_s|getLocalizedMessage|toString|args|detail)\b"


# the language's own classes are raised everywhere for everything: one raise with an e-mail says nothing of the rest
_GENERIC = re.compile(r"^(?:Error|Exception|Throwable|StandardError|RuntimeError|RuntimeException|ValueError|TypeError|"
                      r"KeyError|ArgumentError|IllegalArgumentException|IllegalStateException|InvalidArgumentException|"
                      r"LogicException|UnexpectedValueException|DomainException|BaseException|ErrorException)$")


def _related(a: str, b: str) -> bool:
    """Whether two projects are one, or one is nested in the other."""
    return a == b or not a or not b or a.startswith(b + "/") or b.startswith(a + "/")


def _names(types: str) -> set[str]:
    return {n for t in re.split(r"[\s,|]+", types) if t and not _GENERIC.match(n := re.split(r"\.|::|\\", t)[-1])}


@dataclass
class Caught:
    handlers: list[tuple[Path, int, frozenset[str]]] = field(default_factory=list)  # file, log line, classes caught

    def observe(self, rel: str, path: Path, text: str) -> None:
        if not rel.endswith(CODE) or TEST.search(rel) or not re.search(r"except|rescue|catch|Exception|Error", text):
            return
        lines = text.splitlines()
        bound: set[str] | None = None
        for i, line in enumerate(lines):
            c = _CATCH.search(line)
            if not c or COMMENT.match(line):
                continue
            var = c.group("pv") or c.group("rv") or c.group("v") or c.group("jv") or c.group("rfv") or c.group("mv")
            block = lines[i + 1:i + 1 + _BLOCK]
            types = c.group("py") or c.group("rb") or c.group("t") or c.group("rf") or c.group("mt") or " ".join(
                _INSTANCE.findall("\n".join(block[:3])))
            used = re.compile(rf"(?<![\w$])(?<!\w\.)(?<!->)\$?{re.escape(var)}\b(?!\s*(?:\.|->)\s*(?!{_MESSAGE_MEMBER})\w)(?!\s*\[)"
                              rf"(?!\s+as\s+[\w.]+\s*\)\s*\.\s*(?!{_MESSAGE_MEMBER})\w)")
            for k, text_line in enumerate(block):
                if _CATCH.search(text_line) or DEFINITION.match(text_line):
                    break
                if bound is None:
                    bound = bound_loggers(text)
                m = log_call(text_line, bound)
                if m and used.search(statement(block, k, m.end() - 1)):
                    self.handlers.append((path, i + 2 + k, frozenset(_names(types))))

    def logged(self) -> set[str]:
        """The exception classes some handler of the project logs."""
        return {name for _, _, names in self.handlers for name in names}

    def matches(self, carrying: dict[str, set[Path]], personal: dict[str, set[Path]],
                project_of: Callable[[Path], str] = lambda _: "") -> tuple[Match, ...]:
        """The log calls of handlers that catch a class their project (or one it is nested in, or nested in it) raises
        with card data (or other personal data)."""
        def raised(names: frozenset[str], where: dict[str, set[Path]], handler: Path) -> bool:
            here = project_of(handler)
            return any(_related(here, project_of(r)) for n in names for r in where.get(n, ()))

        out: list[Match] = []
        for path, no, names in self.handlers:
            if raised(names, carrying, path):
                out.append(Match(RULE, path, no, no, 1, _TEXT, "high", _META))
            elif raised(names, personal, path):  # (a card's holder named beside it goes with the card finding)
                out.append(Match(PII_RULE, path, no, no, 1, _PII_TEXT, "medium", _PII_META))
        return tuple(out)


_TEXT = ("A caught exception is logged whose message the code builds from a card number or security code, so the card "
         "data is written to the log (PCI DSS 3.3.1, 3.5.1, 10.3). Raise it with the charge's id or the gateway's "
         "token, not the card.")
_META = {"category": "card_data_logging", "cwe": ["CWE-532: Insertion of Sensitive Information into Log File"],
         "owasp": ["A09:2021 - Security Logging and Monitoring Failures"],
         "regulation": ["PCI DSS v4.0 req. 3.3.1", "PCI DSS v4.0 req. 3.5.1", "PCI DSS v4.0 req. 10.3"],
         "claims": ["stores_full_card_number", "stores_card_security_code", "security_measures"],
         "confidence": "MEDIUM", "severity_level": "high"}

_PII_TEXT = ("A caught exception is logged whose message the code builds from personal data (e-mail, phone, name...), "
             "so that data is written to the log (GDPR Art. 5(1)(c), 32). Build the message from ids.")
_PII_META = {"category": "pii_logging", "cwe": ["CWE-532: Insertion of Sensitive Information into Log File"],
             "owasp": ["A09:2021 - Security Logging and Monitoring Failures"],
             "regulation": ["GDPR Art. 5(1)(c)", "GDPR Art. 32"], "claims": ["logs_personal_data"],
             "confidence": "MEDIUM", "severity_level": "medium"}

__all__ = ["PII_RULE", "RULE", "Caught"]
