"""Canary form filling in real Chromium on a sign-up page whose scripts leak what is typed: the email
reaches a Meta-pixel endpoint sha256-hashed (as advanced matching does) and a form-analytics vendor in plain
text; a keystroke recorder sees the phone number only because real key events were sent. Payment fields stay
empty, the search box gets the scan's search term (what search-as-you-type services receive), and nothing is
submitted unless asked."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from consent_env import Env, consent_env

from scanner.crawl.leaks import LeakHit, fill_forms, find_leaks, make_canaries
from scanner.sitehost import Hit

pytestmark = pytest.mark.browser
CANARIES = make_canaries("forms-test-1")


@pytest.fixture(scope="module")
def env() -> Iterator[Env]:
    yield from consent_env()


def leaks_in(hit: Hit) -> set[LeakHit]:
    url = f"{hit.scheme}://{hit.host}{hit.path}" + (f"?{hit.query}" if hit.query else "")
    return set(find_leaks(url, hit.method, hit.headers, hit.body or None, CANARIES))


def test_fill_forms_leaks_hashed_and_plain_and_no_submit(env: Env) -> None:
    async def go() -> None:
        page = await env.page("https://forms.test/")
        start = len(env.host.hits)
        filled = await fill_forms(page, CANARIES, submit=False)
        # email, phone, first and last name, street, city, zip, date of birth, password, search; not the card
        assert filled == 10
        values = await page.evaluate("Object.fromEntries(new FormData(document.getElementById('signup')))")
        assert values["email"] == CANARIES.email and values["phone"] == CANARIES.phone
        assert values["fname"] == CANARIES.first_name and values["address1"] == CANARIES.street
        assert values["dob"] == CANARIES.date_of_birth and values["zip"] == CANARIES.postcode
        assert values["card"] == "" and values["q"] == CANARIES.search_term and values["csrf"] == "x"
        await page.wait_for_timeout(300)
        sent = env.host.hits[start:]
        meta = [h for h in sent if h.host == "www.facebook.com" and h.path == "/tr/"]
        assert meta and LeakHit("email", "sha256", "query", "ud[em]") in leaks_in(meta[-1])
        hubspot = [h for h in sent if h.host == "track.hubspot.com"]
        assert hubspot and LeakHit("email", "plain", "body", "email") in leaks_in(hubspot[-1])
        keys = [h for h in sent if h.host == "in.hotjar.com"]
        assert keys and LeakHit("phone", "plain", "body", None) in leaks_in(keys[-1])
        assert not [h for h in sent if h.path == "/signup"]  # off by default: production sites
        await page.context.close()

    env.run(go())


def test_fill_forms_submits_only_when_asked(env: Env) -> None:
    async def go() -> None:
        page = await env.page("https://forms.test/")
        start = len(env.host.hits)
        assert await fill_forms(page, CANARIES, submit=True) == 10
        await page.wait_for_load_state("load")
        posted = [h for h in env.host.hits[start:] if h.path == "/signup" and h.method == "POST"]
        assert posted and LeakHit("email", "plain", "body", "email") in leaks_in(posted[0])
        await page.context.close()

    env.run(go())


def test_fill_forms_on_a_page_without_forms_is_quick_and_harmless(env: Env) -> None:
    async def go() -> None:
        page = await env.page("https://nobanner.test/")
        assert await fill_forms(page, CANARIES, submit=True) == 0
        await page.close()
        assert await fill_forms(page, CANARIES, submit=False) == 0  # a closed page: no exception escapes
        await page.context.close()

    env.run(go())
