"""A request whose URL is a setting named for another service is not a request to the vendor a file names."""

from __future__ import annotations

from pathlib import Path

import pytest

from scanner.code.semgrep import Match
from scanner.code.vendorurl import elsewhere, gate


@pytest.mark.parametrize("text, line, dropped", [
    # the app's own Intercom wrapper is used in the file, but this request goes to the council's feed
    ("$client->post(config('Parking')->councilFeedUrl, [\n    'json' => ['holder' => $account->full_name],\n]);", 2,
     True),
    ("requests.post(settings.PERMIT_OFFICE_URL, json={'name': person.full_name})", 1, True),
    # a setting named for the vendor: still the vendor
    ("requests.post(settings.SEGMENT_API_URL, json={'email': user.email})", 1, False),
    ("await axios.post(process.env.HUBSPOT_BASE_URL + '/contacts', { email })", 1, False),
    # a setting named for the kind of service the vendor is
    ("requests.post(settings.CRM_BASE_URL + '/contacts', json={'email': user.email})", 1, False),
    # Go: the app's send helper, the URL from its settings struct after the context
    ('return n.postJSON(ctx, n.cfg.LoyaltyURL+"/accruals", map[string]any{\n    "memberEmail": m.Email,\n}, nil)', 2,
     True),
    ('return n.postJSON(ctx, n.cfg.BrazeURL+"/users/track", payload, nil)', 1, False),
    # a URL held in a variable: nothing says where it goes
    ("await fetch(url, { body: JSON.stringify({ email }) })", 1, False),
    # only the nearest request counts: an earlier one to another service says nothing about this one
    ("requests.post(settings.PERMIT_OFFICE_URL, json={})\nrequests.post(api_url, json={'email': u.email})", 2, False),
    # a configuration object's getter (Java), the body set on the builder below the request
    ('HttpClients.insurer().newRequest(AppConfig.get("insurer.base-url") + "/v1/claims")\n'
     '        .body(new StringRequestContent("application/json", claim))', 2, True),
    ('http.newRequest(AppConfig.get("kochava.url"))\n        .body(new StringRequestContent("application/json", e))', 2,
     False),
    # an address written out: a host no catalogue vendor has is another service's, a vendor's host is the vendor's
    ('http.newRequest("http://sms.tickwell-relay.example/api/send")\n    .body(payload)', 2, True),
    ("requests.post('https://api.segment.io/v1/identify', json={'email': u.email})", 1, False),
    # a client handed out by a service's name
    ('async with session("forge_supplier").post("orders", json=order) as r:', 1, True),
    ('async with session("planhat").post("endusers", json=payload) as r:', 1, False),
])
def test_request_to_a_setting_named_for_another_service(tmp_path: Path, text: str, line: int, dropped: bool) -> None:
    assert elsewhere(text.splitlines(), line) is dropped
    path = tmp_path / "client.txt"
    path.write_text(text)
    vendor = Match("rules.pii-to-vendor-api-php", path, line, line, 1, "m", "high", {"category": "pii_to_third_party"})
    other = Match("rules.personal-data-to-configured-url-php", path, line, line, 1, "m", "high", {})
    assert gate((vendor, other)) == ((other,) if dropped else (vendor, other))


def test_a_client_named_for_nothing_but_built_on_a_vendors_host(tmp_path: Path) -> None:
    (tmp_path / "http.ts").write_text("export const snap = axios.create({\n  baseURL: 'https://tr.snapchat.com/v3',\n});\n"
                                      "export const kennels = axios.create({ baseURL: 'https://kennels.example/api' });\n")
    text = ("import { snap, kennels } from './http.js';\n"
            "await snap.post(`/${config.get('snap.pixelId')}/events`, { em: [guest.email] });\n"
            "await kennels.post(`/${config.get('kennels.pathId')}/assign`, { phone: guest.phone });\n")
    path = tmp_path / "marketing.ts"
    path.write_text(text)
    lines = text.splitlines()
    assert not elsewhere(lines, 2, path)
    assert elsewhere(lines, 3, path)
