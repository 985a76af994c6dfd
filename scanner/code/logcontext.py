r"""Personal data put into a logger's context, in any language. Mature code rarely writes an e-mail address into one
log call; it binds it once to the context every later entry of the request, job or thread carries: SLF4J/Log4j
`MDC.put("email", ...)`/`ThreadContext.put`, Laravel's `Context::add('client_email', ...)` and `Log::withContext`,
structlog's `log.bind(phone=...)`/`bind_contextvars`, SemanticLogger's and Rails' `tagged(email: ...)`, zap's and
slog's `logger.With(...)`, logrus' `WithFields`, zerolog's `log.With().Str("email", ...)`, pino's, winston's and
bunyan's `logger.child({...})`, the Ruby logging gem's `Logging.mdc["x"] = ...`, and a log record's fields set by a
logging filter or a Monolog processor (`record.guest = ...`, `$record->extra['email'] = ...`), also through a context
variable such a filter copies (`record.sailor = sailor_var.get()`, then `sailor_var.set(helm.email)` in any file). A
statement of one of these is reported (`personal-data-in-log-context`, category pii_logging) when a value in it is
named for personal data in the shared vocabulary (as scanner.code.messages reads values: code and interpolations, not
the words of a message) and nothing in it hashes or masks the value. A context the framework keeps out of the log
(Laravel's `addHidden`) is no log context; test code is left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from scanner.code.configvalues import CODE
from scanner.code.messages import COMMENT, TEST, personal, statement
from scanner.code.semgrep import Match
from scanner.code.vocabulary import normalise

RULE = "personal-data-in-log-context"
_LOGGERISH = r"(?:[\w$]*(?:[Ll]og|LOG)[\w$]*|zap|zerolog|slog|logrus|structlog|SemanticLogger|Rails\.logger|pino|winston|bunyan)"
_CONTEXT = re.compile(
    r"(?<![\w$])(?:"
    r"(?:MDC|ThreadContext|CloseableThreadContext|MappedDiagnosticContext)\s*\.\s*(?:put|putCloseable|putAll|push)\s*\("
    r"|Context::(?:add|push)\s*\(|Log::(?:withContext|shareContext)\s*\(|->withContext\s*\("
    r"|(?:structlog\.contextvars\.)?bind_contextvars\s*\("
    r"|(?:[\w$]+(?:\.|->|::))*(?P<r>" + _LOGGERISH + r")\s*(?:\(\s*\))?\s*(?:\.|->|::)\s*"
    r"(?:bind|new|tagged|with_context|With|WithFields|WithField|WithContext|child|withContext|push_tags|with_fields)\s*\("
    r"|\blog_tags\s*(?:=|\+=|<<)"
    # the Ruby logging gem's and Log4r's mapped diagnostic context
    r"|(?:Logging|Log4r)(?:\.|::)(?:mdc|MDC)\s*(?:\[[^\]]*\]\s*=(?![=>])|\.(?:put|update|merge!)\s*\()"
    r")")
# a context variable a logging filter copies onto every record (`record.sailor = sailor_var.get()`): setting it
# (`sailor_var.set(helm.email)`, in any file) puts the value into every later entry of the request
# (a Monolog processor may copy a request-scoped context key the same way: `$extra['customer_email'] =
# Context::get('customer.email')`, set by Hyperf's `Context::set('customer.email', ...)` anywhere)
_FILTER_READ = re.compile(r"\brecord\.\w+\s*=\s*(\w+)\.get\(\s*\)"
                          r"|\$(?:extra|context|record)\b[^=\n]*=\s*Context::get\(\s*['\"]([\w.\-]+)['\"]")
_VAR_SET = re.compile(r"(?<![\w.])(?:\w+\.)*?(\w+)\.set\(|\bContext::set\(\s*['\"]([\w.\-]+)['\"]\s*,")
# a log record's fields set by a filter or processor, in a file that declares one (a Python logging.Filter setting
# `record.guest = ...`, a Monolog processor setting `$record->extra['email']` or `$record['extra']['email']`)
_RECORD = re.compile(r"(?<![\w$])(?:\$record\s*->\s*(?:extra|context)\s*\[[^\]]*\]|\$extra\s*\[[^\]]*\]"
                     r"|\$record\s*\[\s*['\"](?:extra|context)['\"]\s*\]"
                     r"\s*\[[^\]]*\]|record\.(?!levelno|levelname|msg\b|args\b|exc_info|stack_info)\w+)\s*=(?![=>])")
_RECORD_FILE = re.compile(r"logging\.Filter|LogRecord|ProcessorInterface|Monolog\\")
# a receiver is a logger when its last word is one (`log`, `APP_LOG`, `requestLogger`, `Rails.logger`, `logx`) or it is a
# logging library: a name that only contains the letters (`sendLoginEmail.bind(this, ...)`, `dialog.child(...)`,
# `catalog.bind(...)`, `log_entry_types.new(...)`) is a function, a widget or a registry, not a log context
_LOGGER_WORDS = frozenset({"log", "logs", "logx", "logger", "loggers", "logging", "slog", "syslog", "zap", "zerolog",
                           "logrus", "structlog", "pino", "winston", "bunyan"})
_MASKED = re.compile(r"(?i)hash|mask|redact|sha\d|digest|encrypt|anonymi|pseudonym|tokeni[sz]|obfuscat|scrub")


def _logger(receiver: str) -> bool:
    return normalise(re.findall(r"[\w$]+", receiver)[-1].lstrip("$")).split("_")[-1] in _LOGGER_WORDS


@dataclass
class LogContext:
    found: list[Match] = field(default_factory=list)
    filter_vars: set[str] = field(default_factory=set)
    var_sets: list[tuple[str, Match]] = field(default_factory=list)  # (variable, the match if it is read into records)

    def matches(self) -> tuple[Match, ...]:
        return tuple(self.found) + tuple(m for var, m in self.var_sets if var in self.filter_vars)

    def observe(self, rel: str, path: Path, text: str) -> None:
        records = _RECORD_FILE.search(text) is not None
        if records:
            self.filter_vars |= {m.group(1) or m.group(2) for m in _FILTER_READ.finditer(text)}
        if rel.endswith((".py", ".php")) and not TEST.search(rel) and (".set(" in text or "Context::set(" in text):
            self._var_sets(path, text)
        if not rel.endswith(CODE) or TEST.search(rel) or not (_CONTEXT.search(text) or records):
            return
        lines = text.splitlines()
        for i, line in enumerate(lines):
            if COMMENT.match(line):
                continue
            m = next((c for c in _CONTEXT.finditer(line) if not c.group("r") or _logger(c.group("r"))), None)
            field_set = False
            if not m and records:
                m = _RECORD.search(line)
                field_set = m is not None
            if not m:
                continue
            # (a record field named for personal data carries it whatever it is read from: `record.member_email =
            # member_email_var.get()`)
            said = statement(lines, i, m.start() if field_set else m.end() - 1 if line[m.end() - 1] == "(" else m.end())
            if _MASKED.search(said):
                continue
            at = personal(said)
            if at is not None:  # reported where the personal value is bound (a tags hash may span lines)
                no = i + 1 + said.count("\n", 0, at)
                self.found.append(Match(RULE, path, no, no, 1, _MESSAGE, "medium", _META))


    def _var_sets(self, path: Path, text: str) -> None:
        lines = text.splitlines()
        for i, line in enumerate(lines):
            m = _VAR_SET.search(line)
            if not m or COMMENT.match(line):
                continue
            said = statement(lines, i, m.end() - 1 if m.group(1) else m.end())
            if not _MASKED.search(said) and (at := personal(said)) is not None:
                no = i + 1 + said.count("\n", 0, at)
                self.var_sets.append((m.group(1) or m.group(2), Match(RULE, path, no, no, 1, _MESSAGE, "medium", _META)))


_MESSAGE = ("Personal data is put into the logger's context, so every log entry written while it is bound carries it "
            "(GDPR Art. 5(1)(c), 32). Bind an internal id instead, and keep contact details out of log context.")
_META = {"category": "pii_logging", "cwe": ["CWE-532: Insertion of Sensitive Information into Log File"],
         "owasp": ["A09:2021 - Security Logging and Monitoring Failures"], "regulation": ["GDPR Art. 5(1)(c)",
         "GDPR Art. 32"], "claims": ["logs_personal_data"], "confidence": "MEDIUM", "severity_level": "medium"}

__all__ = ["RULE", "LogContext"]
