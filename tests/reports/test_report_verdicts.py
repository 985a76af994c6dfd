"""Every verdict rule in rules/verdicts.toml against real evidence records, plus the general principles:
absence never condemns, stages that did not run decide nothing, fingerprints ignore positions."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

import pytest
from report_samples import claim, code, cookie, leak, result, tracker_request

from reports.rules import load_rules, parse_rules
from reports.verdicts import evaluate
from scanner.errors import ConfigError
from scanner.model import ConsentOutcome, Fingerprinting, Form, FormField, ScanResult, Transport, Verdict

INSECURE_FORM = Form("http://shop.test/login", "http://shop.test/login", "post", (FormField("email", "email", "email"),), insecure=True)


def by_claim(verdicts: tuple[Verdict, ...], cid: str) -> Verdict:
    return next(v for v in verdicts if v.claim_id == cid)


def undisclosed(verdicts: tuple[Verdict, ...], rule: str) -> list[Verdict]:
    return [v for v in verdicts if v.status == "undisclosed" and v.rule == rule]


# rule id → (scan result, check). Each builds real records and asserts the verdict the rule must give.
Case = tuple[Callable[[], ScanResult], Callable[[tuple[Verdict, ...]], None]]


def _claim_case(claims: tuple[object, ...], records: dict[str, object], cid: str, status: str, rule: str,
                severity: str | None = None, kind: str | None = None, **extra: object) -> Case:
    def build() -> ScanResult:
        return result(claims=claims, **records, **extra)  # type: ignore[arg-type]

    def check(verdicts: tuple[Verdict, ...]) -> None:
        v = by_claim(verdicts, cid)
        assert (v.status, v.rule) == (status, rule), v
        if severity:
            assert v.severity == severity
        if kind:
            assert v.evidence and all(e.kind == kind for e in v.evidence)
            assert v.regulations and v.remediation
    return build, check


def _disclose_case(records: dict[str, object], rule: str, subjects: set[str], claims: tuple[object, ...] = ()) -> Case:
    def build() -> ScanResult:
        return result(claims=claims, **records)  # type: ignore[arg-type]

    def check(verdicts: tuple[Verdict, ...]) -> None:
        found = undisclosed(verdicts, rule)
        assert {v.title.split(": ", 1)[1].split(" ")[0] for v in found} == subjects, found
        assert all(v.claim_id is None and v.evidence and v.fingerprint for v in found)
    return build, check


CASES: dict[str, Case] = {
    "card-number-stored": _claim_case((claim("c1", "stores_full_card_number", "deny"),),
                                      {"code_findings": (code("card_number_storage"),)}, "c1", "contradicted",
                                      "card-number-stored", "critical", "code_findings"),
    "card-number-literal": _claim_case((claim("c1", "stores_full_card_number", "deny"),),
                                       {"code_findings": (code("card_number_literal", "fixtures/cards.csv"),)}, "c1", "manual",
                                       "card-number-literal", "medium", "code_findings"),
    "card-security-code-stored": _claim_case((claim("c1", "stores_card_security_code", "deny"),),
                                             {"code_findings": (code("card_security_code_storage"),)}, "c1", "contradicted",
                                             "card-security-code-stored", "critical", "code_findings"),
    "partial-card-full-number": _claim_case((claim("c1", "stores_partial_card"),),
                                            {"code_findings": (code("card_data_logging"),)}, "c1", "manual",
                                            "partial-card-full-number", "high", "code_findings"),
    "personal-data-to-third-party": _claim_case(
        (claim("c1", "shares_personal_data", "deny", recipients=("advertisers",)),),
        {"leaks": (leak("email", "criteo.com"),), "requests": (tracker_request("criteo.com"),)},
        "c1", "contradicted", "personal-data-to-third-party", "high", "leaks"),
    "personal-data-to-advertisers-sold": _claim_case(
        (claim("c1", "sells_personal_data", "deny"),),
        {"leaks": (leak("email", "doubleclick.net"),), "requests": (tracker_request("doubleclick.net"),)},
        "c1", "manual", "personal-data-to-advertisers-sold", "high", "leaks"),
    "cookies-set": _claim_case((claim("c1", "uses_cookies", "deny"),), {"cookies": (cookie("sid"),)}, "c1",
                               "contradicted", "cookies-set", "medium", "cookies"),
    "web-beacons-fire": _claim_case((claim("c1", "uses_web_beacons", "deny"),),
                                    {"requests": (tracker_request("doubleclick.net", beacon=True),)}, "c1", "contradicted",
                                    "web-beacons-fire", kind="requests"),
    "advertising-trackers": _claim_case((claim("c1", "third_party_advertising", "deny"),),
                                        {"requests": (tracker_request("doubleclick.net"),)}, "c1", "contradicted",
                                        "advertising-trackers", "high", "requests"),
    "analytics-trackers": _claim_case((claim("c1", "third_party_analytics", "deny"),),
                                      {"requests": (tracker_request("google-analytics.com", "accept"),)}, "c1", "contradicted",
                                      "analytics-trackers", "medium", "requests"),
    "trackers-before-consent": _claim_case((claim("c1", "consent_for_tracking"),),
                                           {"requests": (tracker_request("google-analytics.com", "initial"),)}, "c1",
                                           "contradicted", "trackers-before-consent", "high", "requests"),
    "trackers-after-reject": _claim_case((claim("c1", "consent_for_tracking"),),
                                         {"requests": (tracker_request("hotjar.com", "reject"),)}, "c1", "contradicted",
                                         "trackers-after-reject", "high", "requests"),
    "trackers-ignore-gpc": _claim_case((claim("c1", "honors_do_not_track"),),
                                       {"requests": (tracker_request("criteo.com", "gpc"),)}, "c1", "contradicted",
                                       "trackers-ignore-gpc", "high", "requests"),
    "plain-http": _claim_case((claim("c1", "encrypts_in_transit"),), {"forms": (INSECURE_FORM,)}, "c1", "contradicted",
                              "plain-http", "high", "forms"),
    "mixed-content": _claim_case((claim("c1", "encrypts_in_transit"),),
                                 {"transport": (Transport("https://shop.test", True, True, mixed_content=("http://img.test/a.png",)),)},
                                 "c1", "manual", "mixed-content", "medium", "transport"),
    "insecure-transport-code": _claim_case((claim("c1", "encrypts_in_transit"),),
                                           {"code_findings": (code("insecure_transport", snippet="requests.post('http://api')"),)},
                                           "c1", "contradicted", "insecure-transport-code", "medium", "code_findings"),
    "forms-collect": _claim_case((claim("c1", "collects", "deny", data_types=("phone",)),),
                                 {"forms": (Form("https://shop.test/c", "https://shop.test/c", "post",
                                                 (FormField("tel", "tel", "phone"),)),)},
                                 "c1", "contradicted", "forms-collect", "medium", "forms"),
    "logging-claim-vs-code": _claim_case((claim("c1", "logs_personal_data", "deny"),),
                                         {"code_findings": (code("pii_logging", snippet="log.info(user.email)"),)},
                                         "c1", "contradicted", "logging-claim-vs-code", "medium", "code_findings"),
    "pii-in-logs": _claim_case((claim("c1", "links_ip_to_identity", "deny"),),
                               {"code_findings": (code("pii_logging", snippet="log.info(request.remote_addr, user.email)"),)},
                               "c1", "manual", "pii-in-logs", "medium", "code_findings"),
    "undisclosed-advertising": _disclose_case({"requests": (tracker_request("doubleclick.net"), tracker_request("criteo.com"))},
                                              "undisclosed-advertising", {"Google", "Criteo"}),
    "undisclosed-social": _disclose_case({"requests": (tracker_request("facebook.net"),)}, "undisclosed-social", {"Meta"}),
    "undisclosed-analytics": _disclose_case({"requests": (tracker_request("google-analytics.com"),)}, "undisclosed-analytics",
                                            {"Google"}),
    "undisclosed-session-replay": _disclose_case(
        {"requests": (tracker_request("hotjar.com"),)}, "undisclosed-session-replay", {"Hotjar"},
        claims=(claim("c1", "third_party_analytics", text="We use analytics to count visits."),)),
    "undisclosed-fingerprinting": _disclose_case(
        {"fingerprinting": (Fingerprinting("canvas", "https://cdn.fpvendor.test/fp.js", "https://shop.test/"),
                            Fingerprinting("session_replay", "https://static.hotjar.com/c.js", "https://shop.test/"))},
        "undisclosed-fingerprinting", {"fpvendor.test"},
        claims=(claim("c1", "uses_cookies", text="We use cookies to remember your basket."),)),
    "undisclosed-cookies": _disclose_case({"cookies": (cookie("sid"),)}, "undisclosed-cookies", {"shop.test"}),
    "undisclosed-beacons": _disclose_case({"requests": (tracker_request("doubleclick.net", beacon=True),)},
                                          "undisclosed-beacons", {"doubleclick.net"}),
    "undisclosed-data-sharing": _disclose_case({"leaks": (leak("email", "criteo.com"),)}, "undisclosed-data-sharing",
                                               {"criteo.com"}),
    "undisclosed-card-number-storage": _disclose_case({"code_findings": (code("card_number_storage"),)},
                                                      "undisclosed-card-number-storage", {"app/payments.py:10"}),
    "undisclosed-card-security-code": _disclose_case({"code_findings": (code("card_security_code_storage", line=3),)},
                                                     "undisclosed-card-security-code", {"app/payments.py:3"}),
    "undisclosed-pii-to-third-party": _disclose_case({"code_findings": (code("pii_to_third_party", line=4),)},
                                                     "undisclosed-pii-to-third-party", {"app/payments.py:4"}),
    "undisclosed-pii-logging": _disclose_case({"code_findings": (code("pii_logging", line=5),)}, "undisclosed-pii-logging",
                                              {"app/payments.py:5"}),
    "undisclosed-insecure-transport": _disclose_case({"code_findings": (code("insecure_transport", line=6),)},
                                                     "undisclosed-insecure-transport", {"app/payments.py:6"}),
    "undisclosed-card-number-literal": _disclose_case({"code_findings": (code("card_number_literal", line=8),)},
                                                      "undisclosed-card-number-literal", {"app/payments.py:8"}),
}


def test_every_rule_has_a_case() -> None:
    rules = load_rules()
    assert set(CASES) == {r.id for r in rules.all_rules()}


@pytest.mark.parametrize("rule_id", sorted(CASES))
def test_rule(rule_id: str) -> None:
    build, check = CASES[rule_id]
    check(evaluate(build()))


def test_affirmed_practice_is_consistent_and_cites_evidence() -> None:
    res = result(claims=(claim("c1", "uses_cookies", text="We use cookies."),), cookies=(cookie("sid"), cookie("cart")))
    v = by_claim(evaluate(res), "c1")
    assert (v.status, v.severity) == ("consistent", "info")
    assert [(e.kind, e.index) for e in v.evidence] == [("cookies", 0), ("cookies", 1)]
    assert not undisclosed(evaluate(res), "undisclosed-cookies")  # the claim covers them


def test_affirmed_claim_without_evidence_is_not_observed() -> None:
    res = result(claims=(claim("c1", "third_party_advertising"),))
    assert by_claim(evaluate(res), "c1").status == "not_observed"


def test_may_claim_is_never_contradicted_by_absence() -> None:
    res = result(claims=(claim("c1", "third_party_advertising", "affirm", "possible"),
                         claim("c2", "honors_do_not_track", "affirm", "possible")))
    statuses = {v.claim_id: v.status for v in evaluate(res)}
    assert statuses["c1"] == "not_observed" and statuses["c2"] != "contradicted"


def test_recipient_qualifier_limits_the_contradiction() -> None:
    claims = (claim("c1", "shares_personal_data", "deny", recipients=("analytics_providers",)),
              claim("c2", "shares_personal_data", "affirm", "conditional", recipients=("government",)))
    verdicts = evaluate(result(claims=claims, leaks=(leak("email", "criteo.com"),), requests=(tracker_request("criteo.com"),)))
    assert by_claim(verdicts, "c1").status == "consistent"  # an advertiser is not an analytics provider
    assert by_claim(verdicts, "c2").status == "not_observed"
    assert undisclosed(verdicts, "undisclosed-data-sharing")  # nobody disclosed the advertiser


def test_cookie_purpose_qualifier() -> None:
    claims = (claim("c1", "uses_cookies", "deny", purposes=("advertising",), text="We do not use advertising cookies."),)
    first_party = evaluate(result(claims=claims, cookies=(cookie("sid"),)))
    assert by_claim(first_party, "c1").status == "consistent"
    ads = evaluate(result(claims=claims, cookies=(cookie("IDE", ".doubleclick.net", "third", site="doubleclick.net"),)))
    assert by_claim(ads, "c1").status == "contradicted"
    unmappable = (claim("c1", "uses_cookies", "deny", data_types=("personal_information",)),)
    assert by_claim(evaluate(result(claims=unmappable, cookies=(cookie("sid"),))), "c1").status == "manual"


def test_conditional_deny_is_not_broken_by_what_follows_consent() -> None:
    claims = (claim("c1", "third_party_advertising", "deny", "conditional", text="Unless you consent, we load no ads."),)
    after_accept = evaluate(result(claims=claims, requests=(tracker_request("doubleclick.net", "accept"),)))
    assert by_claim(after_accept, "c1").status != "contradicted"
    before = by_claim(evaluate(result(claims=claims, requests=(tracker_request("doubleclick.net", "initial"),))), "c1")
    assert (before.status, before.confidence) == ("contradicted", "medium")


def test_trackers_after_consent_only_are_fine() -> None:
    res = result(claims=(claim("c1", "consent_for_tracking"),), requests=(tracker_request("google-analytics.com", "accept"),))
    assert by_claim(evaluate(res), "c1").status == "consistent"


def test_unperformed_reject_is_no_evidence() -> None:
    consent = (ConsentOutcome("accept", "generic", True), ConsentOutcome("reject", "generic", False, "no reject button"))
    res = result(claims=(claim("c1", "consent_for_tracking"),), consent=consent,
                 requests=(tracker_request("hotjar.com", "reject"),))
    v = by_claim(evaluate(res), "c1")
    assert v.status == "consistent" and v.rule == "trackers-before-consent"  # judged on the initial phase only


def test_unperformed_gpc_is_no_evidence() -> None:
    res = result(claims=(claim("c1", "honors_do_not_track"),), consent=(ConsentOutcome("gpc", None, False),),
                 requests=(tracker_request("criteo.com", "gpc"),))
    v = by_claim(evaluate(res), "c1")
    assert v.status == "manual" and "gpc" in v.title


def test_stage_not_run_decides_nothing() -> None:
    claims = (claim("c1", "stores_full_card_number", "deny"), claim("c2", "third_party_advertising"),
              claim("c3", "uses_cookies", "deny"))
    verdicts = evaluate(result(claims=claims, stages=("policy",), phases=()))
    for v in verdicts:
        assert v.status == "manual", v
        assert "did not run" in v.title
    assert not [v for v in verdicts if v.claim_id is None]


def test_no_policy_no_undisclosed() -> None:
    res = result(stages=("crawl", "code"), requests=(tracker_request("doubleclick.net"),), code_findings=(code("pii_logging"),))
    assert evaluate(res) == ()


def test_uncheckable_claims_are_checklist_items() -> None:
    claims = (claim("c1", "retention", bound="P6M"), claim("c2", "collects_from_children", "deny"),
              claim("c3", "security_measures"))
    for v in evaluate(result(claims=claims)):
        assert (v.status, v.rule) == ("manual", "checklist") and v.remediation and v.regulations


def test_bearing_is_not_disclosure() -> None:
    # the code rules say a stored card number bears on security claims; a security claim does not disclose it
    finding = code("card_number_storage", claims=("stores_full_card_number", "security_measures"))
    res = result(claims=(claim("c1", "security_measures", text="We protect your data with industry-standard measures."),),
                 code_findings=(finding,))
    assert undisclosed(evaluate(res), "undisclosed-card-number-storage")


def test_broader_data_types() -> None:
    claims = (claim("c1", "shares_personal_data", "deny", data_types=("financial",)),
              claim("c2", "shares_personal_data", "deny", data_types=("health",)))
    verdicts = evaluate(result(claims=claims, leaks=(leak("payment_card", "criteo.com"),)))
    assert by_claim(verdicts, "c1").status == "contradicted"
    assert by_claim(verdicts, "c2").status == "consistent"


def test_fingerprints_stable_across_order_and_line_moves() -> None:
    claims = (claim("c1", "stores_card_security_code", "deny", text="We never keep your CVV."),)
    a = result(claims=claims, code_findings=(code("card_security_code_storage", line=10), code("pii_logging", "x.py", 3)),
               requests=(tracker_request("doubleclick.net"),))
    b = result(claims=(dataclasses.replace(claims[0], id="other-id", start=99, end=120),),
               code_findings=(code("pii_logging", "x.py", 30), code("card_security_code_storage", line=55)),
               requests=(tracker_request("cdnjs.com"), tracker_request("doubleclick.net", path="/other.js")))
    fa = sorted(v.fingerprint for v in evaluate(a))
    fb = sorted(v.fingerprint for v in evaluate(b))
    assert fa == fb and len(set(fa)) == len(fa)
    # a different status is a different finding (a baseline must not hide a new contradiction)
    c = result(claims=claims)
    assert by_claim(evaluate(c), "c1").fingerprint not in fa


def test_evidence_is_capped_and_varied() -> None:
    requests = (*tuple(tracker_request("doubleclick.net", path=f"/p{i}") for i in range(200)), tracker_request("criteo.com"))
    v = by_claim(evaluate(result(claims=(claim("c1", "third_party_advertising"),), requests=requests)), "c1")
    assert len(v.evidence) == 50 and "201 record" in v.title
    assert any("Criteo" in e.summary for e in v.evidence)


def test_bad_rule_file_names_the_key(tmp_path: Path) -> None:
    text = (Path(__file__).parents[2] / "rules" / "verdicts.toml").read_text()
    with pytest.raises(ConfigError, match=r"x\.toml: rule\[0\]\.outcome: unknown value 'sometimes'"):
        parse_rules(text.replace('outcome = "practice"', 'outcome = "sometimes"', 1), "x.toml")
    with pytest.raises(ConfigError, match=r"rule\[0\]\.evidence\[0\]\.source: unknown value"):
        parse_rules(text.replace('\nsource = "code_findings"', '\nsource = "logs"', 1), "x.toml")
    with pytest.raises(ConfigError, match=r"disclose\[0\]\.colour: unknown key"):
        parse_rules(text.replace("[[disclose]]\n", '[[disclose]]\ncolour = "red"\n', 1), "x.toml")


def test_without_any_attribution_tracker_rules_do_not_judge() -> None:
    unattributed = dataclasses.replace(tracker_request("cdnjs.com"), url="https://px.unknown-ads.test/p", host="px.unknown-ads.test",
                                       site="unknown-ads.test", tracker=None)
    claims = (claim("c1", "consent_for_tracking"), claim("c2", "honors_do_not_track"), claim("c3", "third_party_advertising", "deny"))
    verdicts = evaluate(result(claims=claims, requests=(unattributed,)))
    for cid in ("c1", "c2", "c3"):
        v = by_claim(verdicts, cid)
        assert v.status == "manual" and "attributed" in v.title, v


def test_unattributed_recipient_is_a_review_not_an_acquittal() -> None:
    claims = (claim("c1", "shares_personal_data", "deny", recipients=("advertisers",), data_types=("email",)),)
    v = by_claim(evaluate(result(claims=claims, leaks=(leak("email", "mystery.test"),))), "c1")
    assert (v.status, v.rule) == ("manual", "personal-data-to-third-party") and v.evidence


def test_disclosure_must_be_positive() -> None:
    # "delivery partners" does not disclose an email sent to a session-replay vendor
    claims = (claim("c1", "shares_personal_data", recipients=("partners",), data_types=("postal_address",)),)
    verdicts = evaluate(result(claims=claims, leaks=(leak("email", "hotjar.com"),), requests=(tracker_request("hotjar.com"),)))
    assert by_claim(verdicts, "c1").status == "not_observed"
    assert undisclosed(verdicts, "undisclosed-data-sharing")


def test_tracker_claim_about_data_cannot_be_contradicted_by_a_tracker_alone() -> None:
    # "we do not share your email with advertisers": an ad tag is not proof that the email went along
    claims = (claim("c1", "third_party_advertising", "deny", recipients=("advertisers",), data_types=("email",)),)
    v = by_claim(evaluate(result(claims=claims, requests=(tracker_request("doubleclick.net"),))), "c1")
    assert v.status == "manual"


def test_failed_stage_silence_proves_nothing() -> None:
    from scanner.model import Page, ScanError

    claims = (claim("c1", "stores_card_security_code", "deny"), claim("c2", "stores_full_card_number", "deny"))
    broken = result(claims=claims, errors=(ScanError("code", "src", "semgrep failed (exit 7)"),), pages=(Page("https://s.test/", 200),),
                    code_findings=(code("card_number_storage"),))
    verdicts = evaluate(broken)
    assert by_claim(verdicts, "c1").status == "manual" and "code stage failed" in by_claim(verdicts, "c1").title
    assert by_claim(verdicts, "c2").status == "contradicted"  # what it did find still counts
    no_pages = result(claims=(claim("c1", "encrypts_in_transit"),), pages=(Page("https://s.test/", None, error="timeout"),))
    assert by_claim(evaluate(no_pages), "c1").status == "manual"


def test_fingerprinting_is_disclosed_only_by_a_claim_that_names_it() -> None:
    fp = (Fingerprinting("font_probing", "https://shop.test/app.js", "https://shop.test/p"),)
    named = result(claims=(claim("c1", "collects", text="We collect a device fingerprint to prevent fraud."),), fingerprinting=fp)
    assert not undisclosed(evaluate(named), "undisclosed-fingerprinting")
    denied = result(claims=(claim("c1", "collects", "deny", text="We do not fingerprint your device."),), fingerprinting=fp)
    found = undisclosed(evaluate(denied), "undisclosed-fingerprinting")
    assert len(found) == 1 and found[0].evidence[0].kind == "fingerprinting"


def test_outweighed_judgements_stay_beside_the_verdict() -> None:
    res = result(claims=(claim("c1", "stores_full_card_number", "deny", text="We never store card numbers."),),
                 code_findings=(code("card_number_storage"), code("card_number_literal", path="fixtures/cards.csv", line=2)))
    v = by_claim(evaluate(res), "c1")
    assert (v.status, v.rule) == ("contradicted", "card-number-stored")
    assert [(o.rule, o.status, o.records) for o in v.other_judgements] == [("card-number-literal", "manual", 1)]
    assert by_claim(evaluate(result(claims=(claim("c2", "uses_cookies"),), cookies=(cookie("sid"),))), "c2").other_judgements == ()


def test_personal_data_finding_breaks_a_claim_about_all_personal_data() -> None:
    """"We do not log personal data" (read with data type personal_information) against an email in a log call:
    the finding is personal data of some kind, so the denial is contradicted, not left to a person."""
    claims = (claim("c1", "logs_personal_data", "deny", data_types=("personal_information",), text="We do not log personal data."),)
    logged = evaluate(result(claims=claims, code_findings=(code("pii_logging", snippet="log.info(user.email)"),)))
    assert by_claim(logged, "c1").status == "contradicted"
    # a claim about one kind of data is still not decided by a finding that does not say which data it logs
    card_only = (claim("c1", "logs_personal_data", "deny", data_types=("payment_card",), text="We never log card numbers."),)
    unsure = evaluate(result(claims=card_only, code_findings=(code("pii_logging", snippet="log.info(user.email)"),)))
    assert by_claim(unsure, "c1").status == "manual"


def test_conditional_affirm_is_borne_out_by_what_follows_consent() -> None:
    """"With your consent, we use advertising cookies": cookies seen only after "accept all" bear it out; they
    are no reason to call it "not observed"."""
    claims = (claim("c1", "uses_cookies", "affirm", "conditional", purposes=("advertising",),
                    text="With your consent, we use advertising cookies."),)
    after_accept = (cookie("IDE", ".doubleclick.net", "third", "accept", "doubleclick.net"),)
    assert by_claim(evaluate(result(claims=claims, cookies=after_accept)), "c1").status == "consistent"


def test_gateway_test_card_numbers_are_no_evidence() -> None:
    """A fixture holding a gateway's published test number stores no card: neither an undisclosed practice nor
    a reason to review "we do not store card numbers"; a real (Luhn-valid, issuer-range) number still is."""
    test_number = dataclasses.replace(code("card_number_literal", "fixtures/orders.csv", 2), rule_id="card-number-test-literal",
                                      severity="info")
    real_number = dataclasses.replace(code("card_number_literal", "fixtures/orders.csv", 3), rule_id="card-number-literal")
    denial = (claim("c1", "stores_full_card_number", "deny", text="We do not store your full card number."),)
    assert not undisclosed(evaluate(result(claims=(claim("c2", "collects"),), code_findings=(test_number,))),
                           "undisclosed-card-number-literal")
    assert undisclosed(evaluate(result(claims=(claim("c2", "collects"),), code_findings=(real_number,))),
                       "undisclosed-card-number-literal")
    assert by_claim(evaluate(result(claims=denial, code_findings=(test_number,))), "c1").status != "manual"
    assert by_claim(evaluate(result(claims=denial, code_findings=(real_number,))), "c1").status == "manual"
