"""Keys masked by a logger's own configuration (scanner.code.redaction): a log line whose personal or card values
are all under such keys writes the mask; anything else on the line, a list that is no logger's, or another
project's logger keeps the finding."""

from __future__ import annotations

from pathlib import Path

import pytest

from scanner.code.filelines import FileLines
from scanner.code.redaction import Redaction
from scanner.code.semgrep import Match

_STRUCTLOG = ('import structlog\nMASKED_KEYS = {"password", "card_number", "token"}\n\n'
              "def mask_sensitive(_, __, event_dict):\n    for key in MASKED_KEYS & event_dict.keys():\n"
              '        event_dict[key] = "***"\n    return event_dict\n\nstructlog.configure(processors=[mask_sensitive])\n')
_SLOG = ('package logging\n\nvar masked = map[string]bool{"password": true, "card_number": true, "cvc": true}\n\n'
         "func New() *slog.Logger {\n\treturn slog.New(slog.NewJSONHandler(os.Stdout, &slog.HandlerOptions{\n"
         "\t\tReplaceAttr: func(groups []string, a slog.Attr) slog.Attr {\n"
         '\t\t\tif masked[a.Key] {\n\t\t\t\treturn slog.String(a.Key, "[masked]")\n\t\t\t}\n\t\t\treturn a\n\t\t},\n\t}))\n}\n')
_PINO = ("export const logger = pino({\n  redact: {\n    paths: ['password', 'card.number', 'email'],\n"
         "    censor: '[redacted]',\n  },\n});\n")


def _gate(tmp_path: Path, config: tuple[str, str], line: str, category: str = "card_data_logging") -> bool:
    """Whether a finding of `category` on `line` survives the gate, with the logger configured by `config`."""
    redaction = Redaction()
    redaction.observe(config[0], config[1], "")
    path = tmp_path / "handler.src"
    path.write_text(line + "\n", encoding="utf-8")
    match = Match("rule", path, 1, 1, 1, "m", "high", {"category": category})
    return bool(redaction.gate((match,), FileLines()))


@pytest.mark.parametrize("config, line, category", [
    (("app/logging_setup.py", _STRUCTLOG), 'log.info("deposit", stay_id=stay_id, card_number=body.card_number)',
     "card_data_logging"),
    (("app/logging_setup.py", _STRUCTLOG), 'log.info("login", user_id=u.id, password=body.password)', "pii_logging"),
    (("internal/logging/logging.go", _SLOG), 'log.Info("hold", "booking_id", b.ID, "card_number", h.Number, "cvc", h.CVC)',
     "card_data_logging"),
    (("src/logger.ts", _PINO), "logger.info({ bookingId: b.id, email: guest.email }, 'booked')", "pii_logging"),
])
def test_values_under_masked_keys_are_not_logged(tmp_path: Path, config: tuple[str, str], line: str,
                                                 category: str) -> None:
    assert not _gate(tmp_path, config, line, category)


@pytest.mark.parametrize("config, line, category", [
    # another value beside the masked one, or the masked value under another key
    (("app/logging_setup.py", _STRUCTLOG), 'log.info("deposit", card_number=c.card_number, cvc=c.cvc)',
     "card_data_logging"),
    (("app/logging_setup.py", _STRUCTLOG), 'log.info("deposit", card=c.card_number)', "card_data_logging"),
    (("app/logging_setup.py", _STRUCTLOG), 'log.info(f"deposit {c.card_number}")', "card_data_logging"),
    # a masking list in a file that configures no logger (an audit helper's, a form's)
    (("app/audit.py", 'REDACT = {"card_number", "cvc"}\n'), 'log.info("d", card_number=c.card_number)',
     "card_data_logging"),
    # a nested pino path covers the nested key only
    (("src/logger.ts", _PINO), "logger.info({ card: body.card, number: body.card.number }, 'hold')",
     "card_data_logging"),
])
def test_anything_else_keeps_the_finding(tmp_path: Path, config: tuple[str, str], line: str, category: str) -> None:
    assert _gate(tmp_path, config, line, category)


def test_a_projects_masking_covers_only_its_own_loggers(tmp_path: Path) -> None:
    redaction = Redaction()
    redaction.observe("a/app/logging_setup.py", _STRUCTLOG, "a")
    path = tmp_path / "b.py"
    path.write_text('log.info("login", password=body.password)\n', encoding="utf-8")
    match = Match("rule", path, 1, 1, 1, "m", "high", {"category": "pii_logging"})
    assert redaction.gate((match,), FileLines(), lambda p: "b") == (match,)
    assert redaction.gate((match,), FileLines(), lambda p: "a") == ()
