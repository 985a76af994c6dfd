"""Fetching policies through real Chromium from a real loopback HTTP server: a policy whose text is injected
by script, discovery of the policy link from a site's start page, and failures as one-line scan errors."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator
from functools import partial
from pathlib import Path

import pytest

from scanner.config import PolicyConfig, SiteConfig
from scanner.errors import ScanFailure
from scanner.policy import read_policy
from scanner.policy.fetch import pick_policy_link

SCRIPTED = """<!doctype html><html><head><title>Privacy</title></head><body><nav><a href="/">Home</a></nav>
<main id="policy"><p>Loading...</p></main>
<script>
setTimeout(function () {
  document.getElementById('policy').innerHTML =
    '<h1>Privacy Policy</h1><p>Last updated: 1 May 2024</p><h2>Cookies</h2>' +
    '<p>We use cookies to keep items in your shopping cart and to remember your preferences.</p>' +
    '<h2>Sharing</h2><p>We do not sell your personal information to anyone. We share your postal address with the ' +
    'carriers that deliver your orders.</p><h2>Retention</h2><p>Order records are kept for six years.</p>';
}, 50);
</script></body></html>"""

HOME = """<!doctype html><html><body><h1>Laden</h1><p>Willkommen in unserem Laden, wir verkaufen gute Dinge.</p>
<footer><a href="/agb">AGB</a> <a href="/impressum">Impressum</a>
<a href="/legal/datenschutz.html">Datenschutz</a></footer></body></html>"""


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    root: Path = tmp_path_factory.mktemp("policy-site")
    (root / "privacy.html").write_text(SCRIPTED, encoding="utf-8")
    (root / "index.html").write_text(HOME, encoding="utf-8")
    (root / "legal").mkdir()
    (root / "legal" / "datenschutz.html").write_text(SCRIPTED, encoding="utf-8")
    handler = partial(http.server.SimpleHTTPRequestHandler, directory=str(root))

    class Quiet(http.server.ThreadingHTTPServer):
        def handle_error(self, request: object, client_address: object) -> None:  # the browser hangs up early
            pass

    httpd = Quiet(("127.0.0.1", 0), handler)
    handler.func.log_message = lambda *args: None  # type: ignore[attr-defined]
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


@pytest.mark.browser
def test_script_rendered_policy_is_read(server: str) -> None:
    result = read_policy(PolicyConfig(url=f"{server}/privacy.html"), None, None)
    types = {(c.type, c.polarity) for c in result.claims}
    assert {
        ("uses_cookies", "affirm"),
        ("sells_personal_data", "deny"),
        ("shares_personal_data", "affirm"),
        ("retention", "affirm"),
    } <= types
    assert result.target == {"policy": f"{server}/privacy.html"}
    assert next(c for c in result.claims if c.type == "uses_cookies").section == "Cookies"


@pytest.mark.browser
def test_policy_link_is_discovered_from_the_start_page(server: str) -> None:
    site = SiteConfig(url=f"{server}/index.html")
    result = read_policy(PolicyConfig(), site, None)
    assert result.target["policy"].endswith("/legal/datenschutz.html")
    assert any(c.type == "sells_personal_data" for c in result.claims)


@pytest.mark.browser
def test_missing_page_is_a_one_line_scan_failure(server: str) -> None:
    with pytest.raises(ScanFailure) as info:
        read_policy(PolicyConfig(url=f"{server}/nope.html"), None, None)
    assert "404" in str(info.value) and "\n" not in str(info.value)


def test_link_scoring_prefers_privacy_over_terms_and_cookies() -> None:
    links = [
        {"href": "/terms", "text": "Terms and conditions"},
        {"href": "/cookies", "text": "Cookie policy"},
        {"href": "/legal/privacy-notice", "text": "Your privacy"},
        {"href": "mailto:x@y.z", "text": "privacy"},
    ]
    assert pick_policy_link(links, "https://shop.example/") == "https://shop.example/legal/privacy-notice"
    assert (
        pick_policy_link([{"href": "/fr/confidentialite", "text": "Politique de confidentialité"}], "https://a.example/")
        == "https://a.example/fr/confidentialite"
    )
    assert pick_policy_link([{"href": "/about", "text": "About us"}], "https://a.example/") is None
