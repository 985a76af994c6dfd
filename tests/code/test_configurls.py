"""Config-gated findings (personal data sent to a URL read from configuration) survive only when the tree's
configuration gives that key a non-local plain http:// URL; the scan applies the gate end to end."""

from __future__ import annotations

from pathlib import Path

import pytest

from scanner.code import configurls, scan_code
from scanner.code.semgrep import Match
from scanner.config import CodeConfig


def _match(key: str) -> Match:
    return Match("personal-data-to-configured-url-python", Path("/x/a.py"), 3, 3, 1,
                 f"Personal or card data (x) is sent to the URL in config key '{key}', ...", "high",
                 {"category": "insecure_transport", configurls.GATE: True})


@pytest.mark.parametrize("name, text, key, kept", [
    ("settings.py", 'PERMIT_OFFICE_URL = "http://permits.example/api"\n', "PERMIT_OFFICE_URL", True),
    ("config.py", '    ELIGIBILITY_URL = os.environ.get("ELIGIBILITY_URL", "http://rx.example/check")\n', '"ELIGIBILITY_URL"', True),
    (".env", "LAB_PARTNER_URL=http://lab.partner.example\n", "LAB_PARTNER_URL", True),
    ("application.yml", "partner:\n  lab-url: http://lab.example/api\n", "partner.lab_url", True),
    ("settings.py", 'PERMIT_OFFICE_URL = "https://permits.example/api"\n', "PERMIT_OFFICE_URL", False),
    ("settings.py", 'PERMIT_OFFICE_URL = "http://localhost:8000/api"\n', "PERMIT_OFFICE_URL", False),
    ("settings.py", 'OTHER_URL = "http://permits.example/api"\n', "PERMIT_OFFICE_URL", False),
    ("notes.md", 'PERMIT_OFFICE_URL = "http://permits.example/api"\n', "PERMIT_OFFICE_URL", False),
])
def test_gate_keeps_only_plain_http_keys(name: str, text: str, key: str, kept: bool) -> None:
    urls = configurls.PlainUrls()
    if configurls.wanted(Path(name)):
        urls.observe(name, text)
    other = Match("r", Path("/x/b.py"), 1, 1, 1, "m", "high", {})
    assert configurls.gate((_match(key), other), urls) == ((_match(key), other) if kept else (other,))


@pytest.mark.semgrep
@pytest.mark.parametrize("literals", [True, False], ids=["with-literals", "without-literals"])
def test_scan_reports_data_posted_to_an_http_url_from_settings(tmp_path: Path, literals: bool) -> None:
    (tmp_path / "settings.py").write_text('PARTNER_URL = "http://partner.example/api/residents"\n', encoding="utf-8")
    (tmp_path / "client.py").write_text(
        "import requests\nfrom app import settings\n\n\ndef push(resident):\n"
        '    requests.post(settings.PARTNER_URL, json={"address": resident.home_address})\n', encoding="utf-8")
    found = [f for f in scan_code(CodeConfig(paths=[tmp_path], literals=literals)).code_findings
             if f.category == "insecure_transport"]
    assert [(f.path, f.line) for f in found] == [("client.py", 6)]
    (tmp_path / "settings.py").write_text('PARTNER_URL = "https://partner.example/api/residents"\n', encoding="utf-8")
    assert not [f for f in scan_code(CodeConfig(paths=[tmp_path], literals=literals)).code_findings
                if f.category == "insecure_transport"]
