"""scan.toml validation: good files load, every kind of mistake is one line naming file, key and line."""

from __future__ import annotations

from pathlib import Path

import pytest

from scanner.config import load_config, parse_config
from scanner.errors import ConfigError

REPO = Path(__file__).resolve().parents[1]


def test_example_scan_toml_loads_and_resolves_paths() -> None:
    cfg = load_config(REPO / "scan.toml")
    assert cfg.site is not None and cfg.site.url == "https://www.example.com/"
    assert cfg.code is not None and cfg.code.paths == [REPO]
    assert cfg.reports.out_dir == REPO / "compliance-report"
    assert cfg.gate.fail_on == ["contradicted"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('[site]\nurl = "https://a.example"\nmax_pagez = 3\n', "scan.toml:3: site.max_pagez: unknown key"),
        ('[site]\nurl = "https://a.example"\nmax_pages = "many"\n', "scan.toml:3: site.max_pages:"),
        ('[site]\nurl = "ftp://a.example"\n', "scan.toml:2: site.url: must be an http:// or https:// URL"),
        ('[site]\nmax_pages = 3\n', "site.url: Field required"),
        ('[gate]\nfail_on = ["broken"]\n', "scan.toml:2: gate.fail_on: unknown status 'broken'"),
        ('[gate]\nmin_severity = "huge"\n', "gate.min_severity: unknown severity 'huge'"),
        ('[site]\nurl = "https://a.example"\nexclude = ["(unclosed"]\n', "site.exclude: bad regular expression"),
        ('[site]\nurl = "https://a.example"\nresolve = ["garbage"]\n', "scan.toml:3: site.resolve: 'garbage': expected HOST"),
        ('[sight]\nurl = "x"\n', "sight: unknown key"),
        ("[site\nurl=1", "scan.toml: invalid TOML"),
        ('[code]\npaths = ["does-not-exist"]\n', "code.paths[0]: no such file or directory"),
        ('[policy]\npath = "missing.md"\n', "policy.path: no such file or directory"),
        ('[policy]\npath = "a"\nurl = "https://x.example"\n', "give either path or url"),
    ],
)
def test_bad_config_names_key(tmp_path: Path, text: str, expected: str) -> None:
    with pytest.raises(ConfigError) as info:
        parse_config(text, "scan.toml", tmp_path)
    message = str(info.value)
    assert expected in message
    assert "\n" not in message


def test_missing_config_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="no such configuration file"):
        load_config(tmp_path / "nope.toml")


def test_nested_consent_section(tmp_path: Path) -> None:
    cfg = parse_config('[site]\nurl = "https://a.example"\n[site.consent]\nreject_selector = "#no"\n', "s.toml", tmp_path)
    assert cfg.site is not None and cfg.site.consent.reject_selector == "#no"
    with pytest.raises(ConfigError, match=r"s.toml:4: site.consent.rejct: unknown key"):
        parse_config('[site]\nurl = "https://a.example"\n[site.consent]\nrejct = "#no"\n', "s.toml", tmp_path)
