"""TLS verification turned off for a single request is reported only when that request carries personal or card
data (or a body built elsewhere); a client, agent or transport built without checks stays reported."""

from __future__ import annotations

from pathlib import Path

import pytest

from scanner.code.semgrep import Match
from scanner.code.transport import gate, keep


def _tls(path: Path, line: int, column: int, lang: str = "php") -> Match:
    return Match(f"rules.tls-verification-disabled-{lang}", path, line, line, column, "m", "high",
                 {"category": "insecure_transport"})


@pytest.mark.parametrize("source, line, column, kept", [
    # a request whose literal body holds no personal data: a key card serial and an internal reference
    ("$http->request('POST', $doorsUrl, [\n    'json' => ['serial' => $card->serial(), 'ref' => 'A-'.$id],\n"
     "    'verify_peer' => false,\n]);\n", 3, 5, False),
    # a body value that is a lone variable: what it holds is not visible here
    ("$http->request('POST', $ocrUrl, [\n    'json' => ['image' => $imageBase64, 'ref' => $guest->getId()],\n"
     "    'verify_peer' => false,\n]);\n", 3, 5, True),
    # the same request with an e-mail address in its body
    ("$http->request('POST', $doorsUrl, [\n    'json' => ['serial' => $card->serial(), 'email' => $a->email],\n"
     "    'verify_peer' => false,\n]);\n", 3, 5, True),
    # Python: the body is a variable built elsewhere, so what it carries is unknown here
    ("resp = requests.post(\n    url,\n    json=payload,\n    verify=False,\n)\n", 4, 5, True),
    ("resp = requests.post(url, json={\"status\": \"ok\"}, verify=False)\n", 1, 48, False),
    ("resp = requests.post(url, json={\"card_number\": pan}, verify=False)\n", 1, 50, True),
    # no body: a GET whose answer may be personal data
    ("resp = requests.get(url, verify=False)\n", 1, 26, True),
    # a client built without checks: what it sends is decided elsewhere
    ("$client = new Client([\n    'base_uri' => $url,\n    'verify' => false,\n]);\n", 3, 5, True),
])
def test_per_request_tls_off_is_judged_by_its_body(tmp_path: Path, source: str, line: int, column: int,
                                                    kept: bool) -> None:
    path = tmp_path / "client.txt"
    path.write_text(source)
    match = _tls(path, line, column)
    assert keep(match, source.splitlines()) is kept
    other = Match("rules.personal-data-over-http-php", path, line, line, column, "m", "high", {})
    assert gate((match, other)) == ((match, other) if kept else (other,))
