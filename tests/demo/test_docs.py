"""The documentation against the code it describes: the scan.toml reference in README.md is exactly what
docs/config_reference.py generates from the configuration model (and every key has a description), the
TOML examples in the docs load with the real config loader, the README's links resolve, and the commands
it shows parse with the real CLI parser."""

from __future__ import annotations

import importlib.util
import re
import shlex
import sys
import tomllib
from pathlib import Path
from types import ModuleType

import pytest

from scanner.cli import build_parser
from scanner.config import parse_config
from scanner.errors import ConfigError

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "README.md"
DOCS = ROOT / "docs"


def _reference() -> ModuleType:
    spec = importlib.util.spec_from_file_location("config_reference", DOCS / "config_reference.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("config_reference", module)
    spec.loader.exec_module(module)
    return module


def test_every_config_key_has_a_description_and_no_description_is_stale() -> None:
    ref = _reference()
    model_keys = {path for path, _ in ref.key_paths()}
    described = set(ref.DESCRIPTIONS)
    missing = sorted(model_keys - described)
    stale = sorted(described - model_keys)
    assert not missing, f"describe these scan.toml keys in docs/config_reference.py: {missing}"
    assert not stale, f"these described keys no longer exist in scanner/config.py: {stale}"


def test_readme_reference_is_current() -> None:
    ref = _reference()
    text = README.read_text(encoding="utf-8")
    block = text[text.index(ref.BEGIN) + len(ref.BEGIN):text.index(ref.END)]
    assert block.strip() == ref.render().strip(), "README.md is stale: run `python docs/config_reference.py --write`"


def _toml_blocks(path: Path) -> list[str]:
    return re.findall(r"```toml\n(.*?)```", path.read_text(encoding="utf-8"), flags=re.S)


SCAN_TABLES = re.compile(r"^\[(?:site|site\.consent|policy|code|reports|gate)\]$", re.M)


@pytest.mark.parametrize("doc", sorted(p.name for p in DOCS.glob("*.md")))
def test_toml_examples_in_docs_load(doc: str) -> None:
    """scan.toml examples load with the real loader; examples of other files (rules, vendors) are valid TOML."""
    for block in _toml_blocks(DOCS / doc):
        if SCAN_TABLES.search(block) and "[[" not in block:
            try:
                parse_config(block, f"docs/{doc}", ROOT)
            except ConfigError as exc:  # keys and types passed; only the example's own files are absent here
                assert "no such file or directory" in str(exc), str(exc)
        else:
            tomllib.loads(block)


def test_readme_links_resolve() -> None:
    text = README.read_text(encoding="utf-8")
    for target in re.findall(r"\]\(([^)#\s]+)(?:#[^)]*)?\)", text):
        if target.startswith(("http://", "https://")):
            continue
        assert (ROOT / target).exists(), f"README links to a missing file: {target}"


def test_readme_commands_parse() -> None:
    text = README.read_text(encoding="utf-8")
    commands = [line.strip() for block in re.findall(r"```sh\n(.*?)```", text, flags=re.S) for line in block.splitlines()]
    concrete = [c for c in commands if c.startswith("compliance-scan ") and "..." not in c and "|" not in c and "[" not in c]
    for command in concrete:
        argv = shlex.split(command.split("#")[0])[1:]
        try:
            build_parser().parse_args(argv)
        except SystemExit as exc:
            pytest.fail(f"README command rejected by the CLI: {command} (exit {exc.code})")
    subcommands = {c.split()[1] for c in commands if c.startswith("compliance-scan ")}
    assert subcommands >= {"crawl", "code", "policy", "run", "demo", "report", "diff"}
