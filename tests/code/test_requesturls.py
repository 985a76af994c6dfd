"""Requests sent straight to a plain-http address, whatever the client (scanner.code.requesturls), over small trees;
and requests the vendor-API rules must not take for the vendor's (scanner.code.vendorurl)."""

from __future__ import annotations

from pathlib import Path

import pytest

from scanner.code.configvalues import Settings
from scanner.code.filelines import FileLines
from scanner.code.requesturls import RULE, SETTING_RULE, RequestUrls
from scanner.code.vendorurl import elsewhere


def _scan(tmp_path: Path, files: dict[str, str], rule: str = RULE) -> list[tuple[str, int]]:
    requests, settings = RequestUrls(), Settings()
    for rel, text in files.items():
        path = tmp_path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        settings.observe(rel, path, text, "")
        requests.observe(rel, path, text, "")
    found = requests.matches(settings, FileLines())
    assert {m.rule_id for m in found} <= {RULE, SETTING_RULE}
    return sorted((m.path.relative_to(tmp_path).as_posix(), m.line) for m in found if m.rule_id == rule)


def test_where_the_address_is_written_is_reported(tmp_path: Path) -> None:
    files = {
        "caves/integrations/sms.py": (
            'SMS_GATEWAY = "http://sms.dale.example/api/send"\n'
            "def remind(caver):\n"
            '    requests.post(SMS_GATEWAY, data={"to": caver.phone, "text": "bring a lamp"})\n'),
        "bikes/config/services.php": ("<?php\nreturn [\n    'sms' => [\n"
                                      "        'endpoint' => 'http://gw.velo.example/send.php',\n    ],\n];\n"),
        "bikes/app/Services/Sms.php": ("<?php\nclass Sms {\n    public function send(string $phone, string $text): void {\n"
                                       "        $this->http->post(config('services.sms.endpoint'), ['to' => $phone]);\n    }\n}\n"),
        # an address nobody sends personal data to is not a line to change
        "caves/integrations/weather.py": ('WEATHER = "http://wx.example/api"\n'
                                          'def fetch(area):\n    requests.post(WEATHER, data={"area": area})\n'),
    }
    assert _scan(tmp_path, files) == [("bikes/app/Services/Sms.php", 4), ("caves/integrations/sms.py", 3)]
    assert _scan(tmp_path, files, SETTING_RULE) == [("bikes/config/services.php", 4), ("caves/integrations/sms.py", 1)]


def test_unknown_client_and_module_constant(tmp_path: Path) -> None:
    found = _scan(tmp_path, {"apiary/clients/sms.py": (
        'SMS_GATEWAY = "http://sms.buzz.example/api/send"\n'
        'SMS_SECURE = "https://sms.buzz.example/api/send"\n'
        "def text(keeper, window):\n"
        '    niquests.post(SMS_GATEWAY, data={"to": keeper.phone, "text": window})\n'
        '    niquests.post(SMS_SECURE, data={"to": keeper.phone})\n'
        '    niquests.post(SMS_GATEWAY, data={"count": 3})\n')})
    assert found == [("apiary/clients/sms.py", 4)]


def test_template_base_from_environment_default(tmp_path: Path) -> None:
    found = _scan(tmp_path, {"services/members.js": (
        "const OFFICE = process.env.OFFICE_URL || 'http://club-office.example.internal:8081';\n"
        "const PRINTER = process.env.PRINTER_URL || 'http://localhost:9100';\n"
        "async function join(profile) {\n"
        "  await got.post(`${OFFICE}/new-members`, { json: { email: profile.email, phone: profile.phone } });\n"
        "  await got.post(`${PRINTER}/labels`, { json: { name: profile.name } });\n"
        "}\n")})
    assert found == [("services/members.js", 4)]


def test_go_variable_and_payload_built_above(tmp_path: Path) -> None:
    found = _scan(tmp_path, {"internal/dispatch.go": (
        "func dispatch(c *Customer) {\n"
        '\tcab := os.Getenv("CAB_URL")\n'
        '\tif cab == "" {\n'
        '\t\tcab = "http://dispatch.example.net/jobs"\n'
        "\t}\n"
        '\tbody, _ := json.Marshal(map[string]any{"name": c.FullName, "phone": c.Phone})\n'
        '\tresp, err := http.Post(cab, "application/json", bytes.NewReader(body))\n'
        "\t_ = resp\n\t_ = err\n}\n")})
    assert found == [("internal/dispatch.go", 7)]


def test_constant_of_another_module_and_its_setting(tmp_path: Path) -> None:
    found = _scan(tmp_path, {
        "apiary/clients/http.py": 'REGISTRY_BASE = _reg.get("base_url", "http://registry.example.org/api")\n',
        "apiary/clients/registry.py": (
            "from apiary.clients.http import REGISTRY_BASE\n"
            "def register(keeper):\n"
            '    payload = {"keeper_name": keeper.full_name, "keeper_email": keeper.email}\n'
            '    return session.post(f"{REGISTRY_BASE}/apiaries", json=payload)\n'),
        "tests/test_registry.py": 'requests.post("http://registry.example.org/api", json={"email": "a@b.example"})\n',
    })
    assert found == [("apiary/clients/registry.py", 4)]


@pytest.mark.parametrize("payload", ['{"pan": m.pan, "grams": 180}', '{"id": order.id}'])
def test_no_personal_data_no_finding(tmp_path: Path, payload: str) -> None:
    assert _scan(tmp_path, {"kennel.js": f"await axios.post('http://door.kennel.example/feeding', {payload});\n"}) == []


def test_requests_to_other_services_are_not_the_vendors() -> None:
    lines = [
        "const kissmetrics = require('./kissmetrics');",
        "const CLUB_OFFICE = process.env.CLUB_OFFICE_URL || 'http://club-office.example:8081';",
        "const GA_COLLECT = 'https://www.google-analytics.com/mp/collect';",
        "await rangeControl.post('lanes/display', { json: { phone: member.phone } });",
        "await got.post(`${CLUB_OFFICE}/new-members`, { json: { email: profile.email } });",
        "await http.post(GA_COLLECT, { json: { email: profile.email } });",
        "await got.post(`${URL}/x`, { json: { email: profile.email } });",
    ]
    assert elsewhere(lines, 4) and elsewhere(lines, 5)
    assert not elsewhere(lines, 6) and not elsewhere(lines, 7)


def test_getters_in_a_payload_are_not_the_request() -> None:
    lines = [
        "iterable.upsertGuest(guest);",
        'shuttle.post().uri("/pickups")',
        '        .body(Map.of("name", guest.getFullName(), "phone", guest.getPhone()))',
    ]
    assert elsewhere(lines, 3)
