"""print() in a command-line program's own modules is its output, not a log (scanner/code/terminal.py): a real scan
of a small tree where the same print() of an e-mail address sits in a server module, a cli/ module and manage.py."""

from __future__ import annotations

from pathlib import Path

from scanner.code import scan_code
from scanner.code.terminal import command_line
from scanner.config import CodeConfig

PRINTS = "def report(user):\n    print(f'user {user.email}')\n    logger.info('user %s', user.email)\n"


def test_command_line_modules(tmp_path: Path) -> None:
    assert command_line(tmp_path / "app" / "cli" / "tokens.py", tmp_path)
    assert command_line(tmp_path / "manage.py", tmp_path)
    assert not command_line(tmp_path / "app" / "views.py", tmp_path)
    assert not command_line(tmp_path / "cli" / "views.py", tmp_path / "cli")  # a directory above the root does not count
    assert not command_line(tmp_path / "cli" / "tokens.js", tmp_path)


def test_prints_in_command_line_modules_are_output(tmp_path: Path) -> None:
    for rel in ("app/views.py", "app/cli/tokens.py", "manage.py"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("import logging\nlogger = logging.getLogger(__name__)\n\n" + PRINTS)
    found = {(f.path, f.line) for f in scan_code(CodeConfig(paths=[tmp_path]), None).code_findings
             if f.category == "pii_logging"}
    assert found == {("app/views.py", 5), ("app/views.py", 6), ("app/cli/tokens.py", 6), ("manage.py", 6)}
