"""Keeps the Semgrep rules in step with rules/vocabulary.toml. A rule line of the form
`regex: '<anything>'  # vocab: card_number,security_code[/list]` is rewritten with the regular expression the
vocabulary renders for those data types, so no rule carries a hand-edited list of names that could drift.
`python -m scanner.code.rulegen` rewrites the files; `--check` only reports stale ones (used by the tests).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from scanner.code.vocabulary import Vocabulary, regex, vocabulary
from scanner.resources import rules_dir

_LINE = re.compile(r"^(?P<head>\s*(?:-\s+)?regex:\s*)(?P<value>.*?)(?P<tail>\s+#\s*vocab:\s*(?P<types>[\w,]+)(?:/(?P<form>\w+))?\s*)$")


def _quote(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def render(text: str, vocab: Vocabulary, source: str = "<rule>") -> str:
    """The rule text with every `# vocab:` line regenerated."""
    out: list[str] = []
    for number, line in enumerate(text.splitlines(keepends=True), 1):
        body = line.rstrip("\n")
        m = _LINE.match(body)
        if m:
            types = [t for t in m.group("types").split(",") if t]
            unknown = [t for t in types if t not in vocab.types]
            if unknown:
                raise ValueError(f"{source}:{number}: unknown vocabulary type {', '.join(unknown)}")
            body = f"{m.group('head')}{_quote(regex(types, vocab, m.group('form') or 'name'))}{m.group('tail')}"
            line = body + ("\n" if line.endswith("\n") else "")
        out.append(line)
    return "".join(out)


def rule_files(root: Path | None = None) -> list[Path]:
    base = root or rules_dir() / "semgrep"
    return sorted(p for p in base.rglob("*") if p.suffix in (".yaml", ".yml"))


def stale(root: Path | None = None) -> list[Path]:
    vocab = vocabulary()
    return [p for p in rule_files(root) if render(p.read_text(encoding="utf-8"), vocab, str(p)) != p.read_text(encoding="utf-8")]


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if "--check" in args:
        old = stale()
        for path in old:
            print(f"{path}: out of date with vocabulary.toml; run python -m scanner.code.rulegen", file=sys.stderr)
        return 1 if old else 0
    vocab = vocabulary()
    for path in rule_files():
        text = path.read_text(encoding="utf-8")
        new = render(text, vocab, str(path))
        if new != text:
            path.write_text(new, encoding="utf-8")
            print(f"updated {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
