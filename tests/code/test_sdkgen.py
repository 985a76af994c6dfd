"""The vendor part of the pii_to_third_party rules is generated from rules/sdk_calls.toml: the committed rules
match the data, every vendor entry is well formed, and the generator turns an analyst's entry into sinks."""

from __future__ import annotations

from pathlib import Path

import pytest

from scanner.code import sdkgen


def test_rules_match_sdk_calls() -> None:
    assert sdkgen.rule_files(), "no pii_to_third_party rule files found"
    assert sdkgen.stale() == [], "rules out of date with sdk_calls.toml: run python -m scanner.code.sdkgen"


def test_every_rule_file_carries_the_generated_blocks() -> None:
    for lang, path in sdkgen.rule_files().items():
        text = path.read_text(encoding="utf-8")
        for block in ("sdk-guard", "sdk-sinks", "sdk-safe", "api-guard", "api-sinks"):
            assert f"# >>> sdkgen {block}" in text, (lang, block)


def test_catalogue_covers_the_mainstream_vendors_in_every_language() -> None:
    cat = sdkgen.load()
    names = {v.name for v in cat.vendors}
    for vendor in ("Segment", "Mixpanel", "Amplitude", "PostHog", "Heap", "Braze", "Customer.io", "HubSpot",
                   "Intercom", "Zendesk", "Klaviyo", "Mailchimp", "Iterable", "Sentry"):
        assert vendor in names, vendor
    assert set(cat.http) == set(sdkgen.LANGUAGES)
    for v in cat.vendors:
        assert v.tokens or v.words, v.name
        assert all("://" not in h for h in v.hosts), v.name


def test_an_added_vendor_becomes_sinks_and_guard_words(tmp_path: Path) -> None:
    data = tmp_path / "sdk_calls.toml"
    data.write_text(
        '[[vendor]]\nname = "Acme CDP"\nkind = "analytics"\ntokens = ["acmecdp"]\nwords = ["acme"]\n'
        'hosts = ["events.acme-cdp.example"]\n'
        'python = { calls = ["profiles.upsert"], functions = ["acme_cdp.identify"], safe = ["AcmeHashed"] }\n'
        "[http.python]\nmethods = ['post']\nfunctions = ['requests\\.post']\n", encoding="utf-8")
    cat = sdkgen.load(data)
    text = "rules:\n  # >>> sdkgen sdk-sinks\n  # <<< sdkgen\n  # >>> sdkgen sdk-guard\n  # <<< sdkgen\n" \
           "  # >>> sdkgen sdk-safe\n  # <<< sdkgen\n  # >>> sdkgen api-sinks\n  # <<< sdkgen\n"
    out = sdkgen.render(text, cat, "python")
    assert "'$SDK.profiles.$METHOD(...)'" in out and "'^(?:upsert)$'" in out
    assert "'acme_cdp.identify(...)'" in out and "'AcmeHashed(...)'" in out
    assert "acmecdp" in out and r"events\.acme\-cdp\.example" in out
    assert "'$HTTP.$CALLEE(..., $KW=$ARG, ...)'" in out
    assert sdkgen.render(out, cat, "python") == out  # idempotent


@pytest.mark.parametrize("bad, message", [
    ('[[vendor]]\nname = "X"\npython = { calls = "track" }\n', "list of non-empty strings"),
    ('[[vendor]]\nname = "X"\ncobol = { calls = ["track"] }\n', "unknown or missing keys"),
    ('[[vendor]]\nname = "X"\npython = { method = ["track"] }\n', "unknown keys"),
])
def test_bad_entries_name_the_vendor_and_key(tmp_path: Path, bad: str, message: str) -> None:
    data = tmp_path / "sdk_calls.toml"
    data.write_text(bad, encoding="utf-8")
    with pytest.raises(ValueError, match=message):
        sdkgen.load(data)


def test_unclosed_block_is_an_error() -> None:
    with pytest.raises(ValueError, match="no closing"):
        sdkgen.render("  # >>> sdkgen sdk-sinks\n", sdkgen.load(), "python")


def test_kind_defaults_apply_to_every_vendor_of_the_kind(tmp_path: Path) -> None:
    data = tmp_path / "sdk_calls.toml"
    data.write_text(
        '[[vendor]]\nname = "Acme APM"\nkind = "error_tracking"\ntokens = ["acmeapm"]\nwords = ["acmeapm"]\n'
        'hosts = []\n'
        '[[vendor]]\nname = "Segment-like"\nkind = "analytics"\ntokens = ["segmentio"]\nwords = ["analytics"]\nhosts = []\n'
        'python = { calls = ["identify"] }\n'
        '[kind.error_tracking]\npython = { calls = ["set_user_context", "set_tag"] }\n'
        '[kind.analytics]\npython = { calls = ["identify_user"] }\n'
        "[http.python]\nmethods = ['post']\nfunctions = ['requests\\.post']\n", encoding="utf-8")
    cat = sdkgen.load(data)
    assert cat.speaks(cat.vendors[0], "python") and not cat.speaks(cat.vendors[0], "go")
    text = "rules:\n  # >>> sdkgen sdk-sinks\n  # <<< sdkgen\n  # >>> sdkgen sdk-guard\n  # <<< sdkgen\n" \
           "  # >>> sdkgen api-sinks\n  # <<< sdkgen\n"
    out = sdkgen.render(text, cat, "python")
    assert "# every error_tracking vendor: [kind.error_tracking] calls" in out
    assert "'^(?:set_user_context|set_tag)$'" in out and "acmeapm" in out
    # the distinctive default is a verb on any receiver in vendor code; a span's set_tag is not
    assert "set_user_context" in out.split("sdkgen api-sinks")[1] and "set_tag" not in out.split("sdkgen api-sinks")[1]
    # a tool word (analytics) names the app's own wrapper as often as the vendor's client: no kind defaults on it
    kind_block = out.split("[kind.analytics] calls")[1].split("# >>>")[0]
    assert "analytics" not in kind_block.replace("[kind.analytics]", "")


def test_every_vendor_kind_has_defaults() -> None:
    cat = sdkgen.load()
    assert {v.kind for v in cat.vendors} <= set(cat.kinds)
    assert len(cat.vendors) >= 120


def test_a_kind_without_a_table_is_an_error(tmp_path: Path) -> None:
    data = tmp_path / "sdk_calls.toml"
    data.write_text('[[vendor]]\nname = "X"\nkind = "crm"\n[kind.analytics]\npython = { calls = ["identify"] }\n',
                    encoding="utf-8")
    with pytest.raises(ValueError, match=r"no \[kind.crm\] table"):
        sdkgen.load(data)
