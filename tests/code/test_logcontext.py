"""Personal data bound to a logger's context (scanner.code.logcontext)."""

from __future__ import annotations

from pathlib import Path

import pytest

from scanner.code.logcontext import RULE, LogContext


def _found(rel: str, text: str) -> list[int]:
    ctx = LogContext()
    ctx.observe(rel, Path(rel), text)
    assert all(m.rule_id == RULE and m.metadata["category"] == "pii_logging" for m in ctx.found)
    return [m.line for m in ctx.found]


@pytest.mark.parametrize(("rel", "text", "line"), [
    ("app/Http/Middleware/Ctx.php", "<?php\nContext::add('client_email', $client->email);\n", 2),
    ("app/Http/Middleware/Ctx.php", "<?php\nLog::withContext(['phone' => $user->phone]);\n", 2),
    ("crews/views.py", 'bound = log.bind(customer_id=c.pk, phone=data.get("phone"))\n', 1),
    ("crews/middleware.py", "structlog.contextvars.bind_contextvars(\n    user_id=u.pk,\n    user_email=u.email,\n)\n", 3),
    ("app/controllers/students_controller.rb", "SemanticLogger.tagged(email: student.email) do\n  work\nend\n", 1),
    ("src/main/java/a/Filter.java", 'MDC.put("guestEmail", guestEmail);\n', 1),
    ("internal/api/h.go", 'log := s.Log.With(zap.String("email", c.Email))\n', 1),
    ("src/worker.ts", "const log = logger.child({ renterEmail: renter.email });\n", 1),
])
def test_personal_data_bound_to_log_context(rel: str, text: str, line: int) -> None:
    assert _found(rel, text) == [line]


@pytest.mark.parametrize(("rel", "text"), [
    ("app/Http/Middleware/Ctx.php", "<?php\nContext::addHidden('client_email', $client->email);\n"),
    ("app/Http/Middleware/Ctx.php", "<?php\nContext::add('client_id', $client->id);\n"),
    ("crews/views.py", "log = log.bind(customer_id=c.pk, email_hash=sha256(c.email))\n"),
    ("src/main/java/a/Filter.java", 'MDC.put("requestId", requestId);\n'),
    ("src/worker.ts", "const log = logger.child({ module: 'email-sender' });\n"),
    ("tests/test_views.py", 'log.bind(email="a@b.example")\n'),
    ("crews/views.py", "# log.bind(email=c.email)\n"),
])
def test_ids_masked_values_and_tests_are_not_reported(rel: str, text: str) -> None:
    assert _found(rel, text) == []


@pytest.mark.parametrize("text", [
    "const send = this.sendLoginEmail.bind(this, user.email);\n",  # Function.prototype.bind on a name with "Log"
    "dialog.child({ email: user.email });\n",
    "catalog.bind(email=user.email)\n",
    "@log_entry_types.new(email=order.email)\n",  # a registry of log entry types, no logger
])
def test_names_that_only_contain_log_are_no_logger(text: str) -> None:
    assert _found("src/a.js", text) == []
    assert _found("src/a.js", "const l = dialog.child({}), m = logger.child({ email: u.email });\n") == [1]


@pytest.mark.parametrize(("rel", "text", "lines"), [
    ("app/logging_setup.py", "import logging\n\nclass GuestFilter(logging.Filter):\n    def filter(self, record):\n"
     "        record.request_id = request_id.get()\n        record.guest = f\"{guest.full_name} <{guest.email}>\"\n"
     "        return True\n", [6]),
    ("src/Logging/SkaterProcessor.php", "<?php\nuse Monolog\\LogRecord;\nfinal class SkaterProcessor {\n"
     "    public function __invoke(LogRecord $record): LogRecord {\n        $record->extra['skater_id'] = self::$skater['id'];\n"
     "        $record->extra['skater_email'] = self::$skater['email'];\n        return $record;\n    }\n}\n", [6]),
    # the same assignments outside a logging filter or processor are no log context
    ("app/report.py", "def build(record, guest):\n    record.guest = guest.email\n", []),
])
def test_log_record_fields_set_by_a_filter_or_processor(rel: str, text: str, lines: list[int]) -> None:
    assert _found(rel, text) == lines


def test_ruby_logging_gem_mdc() -> None:
    assert _found("lib/market/app.rb", 'Logging.mdc["trader"] = trader.email\nLogging.mdc["trader_id"] = trader.id\n') == [1]


def test_a_context_variable_a_logging_filter_copies_onto_records(tmp_path: Path) -> None:
    ctx = LogContext()
    files = {
        "regatta/logging_setup.py": "import contextvars, logging\nsailor_var = contextvars.ContextVar('sailor')\n"
                                    "class SailorFilter(logging.Filter):\n    def filter(self, record):\n"
                                    "        record.sailor = sailor_var.get()\n        return True\n",
        "regatta/entries.py": "def register(helm):\n    sailor_var.set(helm.email)\n    other_var.set(helm.email)\n"
                              "    sailor_var.set(helm.id)\n",
    }
    for rel, text in files.items():
        ctx.observe(rel, tmp_path / rel, text)
    assert [(m.path.name, m.line) for m in ctx.matches()] == [("entries.py", 2)]


def test_a_record_field_named_for_personal_data_and_a_module_qualified_set(tmp_path: Path) -> None:
    ctx = LogContext()
    files = {
        "farm/logctx.py": "import contextvars, logging\nmember_email_var = contextvars.ContextVar('member_email')\n"
                          "class CtxFilter(logging.Filter):\n    def filter(self, record):\n"
                          "        record.request_id = request_id_var.get()\n        record.member_email = member_email_var.get()\n"
                          "        return True\n",
        "farm/app.py": "def bind(request):\n    logctx.member_email_var.set(request.json['email'])\n"
                       "    logctx.request_id_var.set(request.headers.get('X-Request-Id'))\n",
    }
    for rel, text in files.items():
        ctx.observe(rel, tmp_path / rel, text)
    assert sorted((m.path.name, m.line) for m in ctx.matches()) == [("app.py", 2), ("logctx.py", 6)]


def test_a_request_context_key_a_monolog_processor_copies(tmp_path: Path) -> None:
    ctx = LogContext()
    files = {
        "app/Log/RequestContextProcessor.php": (
            "<?php\nuse Monolog\\Processor\\ProcessorInterface;\nclass RequestContextProcessor implements ProcessorInterface {\n"
            "    public function __invoke(array $record): array {\n        $extra = $record['extra'];\n"
            "        $extra['request_id'] = Context::get('request.id', '-');\n"
            "        $extra['customer_email'] = Context::get('customer.email');\n        return $record;\n    }\n}\n"),
        "app/Controller/CustomerController.php": (
            "<?php\nContext::set('customer.id', $customer->id);\nContext::set('customer.email', $customer->email);\n"
            "Context::set('cart.note', $customer->email);\n"),
    }
    for rel, text in files.items():
        ctx.observe(rel, tmp_path / rel, text)
    assert sorted((m.path.name, m.line) for m in ctx.matches()) == [("CustomerController.php", 3),
                                                                    ("RequestContextProcessor.php", 7)]
