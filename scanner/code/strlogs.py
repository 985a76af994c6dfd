r"""A logged value's string form, asked for explicitly, in any language. The logging rules follow an object handed to
a logger; code as often hands it the object's text: `str(customer)`, `repr(booking)`, `student.inspect`,
`guest.toString()`, `String.valueOf(card)`, `zap.Stringer("customer", c)`, `slog.Any("guest", g)`, an
interpolation of the bare object in the message (`f"... {customer}"`, `"... {$client}"`, `"#{student}"`,
`` `${renter}` ``) or a format call's argument (`sprintf('welcome %s', $customer)`, `String.format("%s", c)`). What
that text holds is the class's string form: the class summaries of scanner.code.classes (dataclass and record
reprs, `__str__`, `__toString`, `inspect`, Lombok/`toString()`, Go `String()`, a TypeScript class's own
`toString()`; looked up by the declared type's name, the variable's name, or the key it is logged under) say which
personal and card data a class prints. A log call that writes such a text is reported
(`personal-data-string-form-logged`, pii_logging; `card-data-string-form-logged`, card_data_logging), at the line
of the value; a class known to print nothing of the kind, or not known at all, is not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from scanner.code.chains import call_arguments, call_end
from scanner.code.classes import Summary
from scanner.code.configvalues import CODE, JS
from scanner.code.filelines import FileLines
from scanner.code.messages import COMMENT, STRING, TEST, statement
from scanner.code.semgrep import Match

PII_RULE = "personal-data-string-form-logged"
CARD_RULE = "card-data-string-form-logged"
_LEVEL = (r"(?:\.|->|::)\s*(?:debug|info|warn|warning|error|fatal|critical|trace|notice|alert|emergency|log|exception|"
          r"Debug|Info|Warn|Error|Fatal|Trace|Debugf|Infof|Warnf|Errorf|Fatalf|Printf|Println|Debugw|Infow|Warnw|Errorw)\s*\(")
_LOG = re.compile(r"(?i)(?:\blog\w*|\b\w*logger|console)\s*(?:\([^()]*\))?\s*(?:\.|->|::)?\s*(?:\w+\s*(?:\([^()]*\))?\s*(?:\.|->)\s*)?"
                  + _LEVEL.replace("(?:\\.|->|::)", "(?:\\.|->|::)?", 1))
_VAR = r"(?:\$this->|this\.|self\.|@|\$)?[A-Za-z_]\w*"
_WRAPPED = re.compile(
    rf"(?<![\w.$])(?:str|repr|strval|String\.valueOf|Objects\.toString|fmt\.Sprint)\(\s*(?P<a>{_VAR})\s*\)"
    rf"|(?<![\w.$>])(?P<b>{_VAR})\s*(?:\.|->)\s*(?:inspect|to_s|toString|__str__|__repr__|String)\b(?:\(\s*\))?(?!\s*[\w.(\[])"
    rf"|\b(?:zap\.(?:Stringer|Any|Reflect|Object|Inline)|slog\.Any)\(\s*\"(?P<k>[^\"]*)\"\s*,\s*(?P<c>{_VAR})\s*\)")
_FORMAT = re.compile(r"(?<![\w.$])(?:sprintf|vsprintf|String\.format|fmt\.Sprintf|MessageFormat\.format|format)\s*\(")
# PHP concatenation of a bare object (`'booked for ' . $player`): its __toString
_CONCATENATED = re.compile(r"(?<=\.)\s*(?P<a>\$[A-Za-z_]\w*)\b(?!\s*(?:->|\[|\(|::))|(?P<b>\$[A-Za-z_]\w*)\s*\.(?=\s*['\"$])")
_INTERPOLATED = re.compile(rf"\$\{{\s*(?P<a>{_VAR})\s*\}}|#\{{\s*(?P<b>{_VAR})\s*\}}|\{{\s*(?P<c>{_VAR})\s*(?:!s|!r)?\s*\}}")


def _name(var: str) -> str:
    return re.sub(r"^(?:\$this->|this\.|self\.|@|\$)", "", var)


def values(said: str) -> list[tuple[int, list[str]]]:
    """The values of a log statement written in their string form, with the names each may be looked up by."""
    out: list[tuple[int, list[str]]] = []
    for m in _WRAPPED.finditer(said):
        var = m.group("a") or m.group("b") or m.group("c")
        out.append((m.start(), [_name(var), *([m.group("k")] if m.group("k") else [])]))
    code = STRING.sub(lambda s: " " * len(s.group(0)), said)
    # a bare object formatted into the message (`sprintf('welcome %s', $customer)`, `String.format("%s", c)`)
    for f in _FORMAT.finditer(code):
        end = call_end(code, f.end() - 1)
        at = f.end()
        for argument in call_arguments(code[f.end():end], said[f.end():end])[1:]:
            bare = re.fullmatch(rf"\s*({_VAR})\s*", argument)
            if bare:
                out.append((said.find(argument, at), [_name(bare.group(1))]))
    for m in _CONCATENATED.finditer(code):
        out.append((m.start(), [_name(m.group("a") or m.group("b"))]))
    for s in STRING.finditer(said):
        interpolates = s.group(0)[0] == "`" or said[max(0, s.start() - 1):s.start()] in ("f", "F") or s.group(0)[0] == '"'
        for m in _INTERPOLATED.finditer(s.group(0)) if interpolates else ():
            # a bare `{name}` is an f-string's (Python) or PHP's "{$x}" only: JS/Ruby name theirs with $ or #
            if m.group("c") and not (said[max(0, s.start() - 1):s.start()] in ("f", "F") or m.group("c").startswith("$")):
                continue
            out.append((s.start() + m.start(), [_name(m.group("a") or m.group("b") or m.group("c"))]))
    return out


@dataclass
class StringForms:
    files: list[tuple[Path, str]] = field(default_factory=list)  # path, project

    def observe(self, rel: str, path: Path, text: str, project: str) -> None:
        if rel.endswith(CODE) and not TEST.search(rel) and _LOG.search(text):
            self.files.append((path, project))

    def matches(self, summary: Summary, files: FileLines) -> tuple[Match, ...]:
        out: list[Match] = []
        for path, project in self.files:
            lines = files.lines(path)
            for i, line in enumerate(lines):
                m = _LOG.search(line)
                if not m or COMMENT.match(line):
                    continue
                said = statement(lines, i, m.end() - 1)
                for at, names in values(said):
                    if path.suffix in JS:  # TypeScript classes are summarised as ts:<Name>
                        names = [*names, *(f"ts:{n[:1].upper()}{n[1:]}" for n in names)]
                    personal = next((k for n in names if (k := summary.personal_kinds(n, project))), set())
                    card = next((k for n in names if (k := summary.card_kinds(n, False, project))), set())
                    no = i + 1 + said.count("\n", 0, at)
                    if card:
                        out.append(Match(CARD_RULE, path, no, no, 1, _CARD, "high", _CARD_META))
                    if personal - {"person_name"} or (personal and not card):
                        out.append(Match(PII_RULE, path, no, no, 1, _PII, "medium", _PII_META))
        return tuple(out)


_PII = ("This log call writes an object's string form, and its class prints personal data (e-mail, phone, name, "
        "address...) into it (GDPR Art. 5(1)(c), 32). Log the record's id instead.")
_CARD = ("This log call writes an object's string form, and its class prints card data into it (PCI DSS 3.3, 3.5). "
         "Log the record's id or the last four digits only.")
_PII_META = {"category": "pii_logging", "cwe": ["CWE-532: Insertion of Sensitive Information into Log File"],
             "owasp": ["A09:2021 - Security Logging and Monitoring Failures"], "regulation": ["GDPR Art. 5(1)(c)",
             "GDPR Art. 32"], "claims": ["logs_personal_data"], "confidence": "MEDIUM", "severity_level": "medium"}
_CARD_META = {"category": "card_data_logging", "cwe": ["CWE-532: Insertion of Sensitive Information into Log File"],
              "owasp": ["A09:2021 - Security Logging and Monitoring Failures"],
              "regulation": ["PCI DSS v4.0 req. 3.3.1", "PCI DSS v4.0 req. 3.5.1", "PCI DSS v4.0 req. 10.3",
                             "GDPR Art. 32"],
              "claims": ["stores_full_card_number", "stores_card_security_code", "security_measures"],
              "confidence": "MEDIUM", "severity_level": "high"}

__all__ = ["CARD_RULE", "PII_RULE", "StringForms", "values"]
