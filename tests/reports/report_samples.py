"""Real model records for the report tests: small builders for each record type and one rich sample
result (with hostile site-controlled strings) that every format test renders."""

from __future__ import annotations

from scanner.model import (
    Claim,
    CodeExemption,
    CodeFinding,
    ConsentOutcome,
    Cookie,
    Fingerprinting,
    Form,
    FormField,
    Leak,
    Page,
    Request,
    ScanError,
    ScanResult,
    StorageItem,
    ThirdParty,
    Tracker,
    Transport,
)

ALL_STAGES = ("crawl", "code", "policy")
ALL_PHASES = ("initial", "accept", "reject", "gpc")
PERFORMED = (ConsentOutcome("accept", "generic", True, banner_found=True), ConsentOutcome("reject", "generic", True, banner_found=True),
             ConsentOutcome("gpc", "none", True))

ORGS = {"doubleclick.net": ("Google", "advertising"), "facebook.net": ("Meta", "social"),
        "google-analytics.com": ("Google", "analytics"), "hotjar.com": ("Hotjar", "session_replay"),
        "criteo.com": ("Criteo", "advertising"), "cdnjs.com": ("Cloudflare", "cdn")}


def claim(cid: str, type_: str, polarity: str = "affirm", modality: str = "definite", text: str = "", **kw: object) -> Claim:
    text = text or f"Policy sentence for {type_} ({polarity}, {modality})."
    return Claim(cid, type_, polarity, modality, text, 0, len(text), **kw)  # type: ignore[arg-type]


def tracker_request(site: str, phase: str = "initial", beacon: bool = False, path: str = "/t.js") -> Request:
    org, cat = ORGS.get(site, (None, None))
    tracker = Tracker(org, cat) if cat else None
    return Request(f"https://www.{site}{path}", "GET", f"www.{site}", site, "third", "script", tracker, beacon, phase,
                   page="https://shop.test/")


def cookie(name: str, domain: str = "shop.test", party: str = "first", phase: str = "initial", site: str | None = None) -> Cookie:
    org, cat = ORGS.get(site or "", (None, None))
    return Cookie(name, domain, party, True, False, "Lax", None, phase, site=site or domain.lstrip("."),  # type: ignore[arg-type]
                  tracker=Tracker(org, cat) if cat else None)


def code(category: str, path: str = "app/payments.py", line: int = 10, snippet: str = "db.save(card)", **kw: object) -> CodeFinding:
    return CodeFinding(f"compliance.{category}", category, path, line, "high", snippet, **kw)  # type: ignore[arg-type]


def leak(data_type: str = "email", site: str = "criteo.com", phase: str = "initial", encoding: str = "sha256") -> Leak:
    return Leak(data_type, encoding, site, f"https://www.{site}/ev?em=abc", phase, location="query", parameter="em")


def result(*, claims: tuple[Claim, ...] = (), stages: tuple[str, ...] = ALL_STAGES, phases: tuple[str, ...] = ALL_PHASES,
           consent: tuple[ConsentOutcome, ...] = PERFORMED, **records: object) -> ScanResult:
    return ScanResult(stages=stages, phases=phases, consent=consent, claims=claims, **records)  # type: ignore[arg-type]


HOSTILE = "<script>alert(1)</script>\"'><img src=x onerror=alert(2)>"
HOSTILE_URL = "javascript:alert(3)//<svg onload=alert(4)>"


def sample_result() -> ScanResult:
    """A scan with a bit of everything, including site-controlled strings written to attack a report."""
    from reports.verdicts import evaluate

    requests = (
        tracker_request("doubleclick.net", "initial", beacon=True, path="/pixel?u=1"),
        tracker_request("hotjar.com", "initial"),
        tracker_request("google-analytics.com", "accept"),
        tracker_request("criteo.com", "gpc"),
        tracker_request("cdnjs.com", "initial"),
        Request(HOSTILE_URL, "GET", "evil.test", "evil.test", "third", "image", None, True, "initial"),
    )
    base = ScanResult(
        tool={"name": "compliance-scanner", "version": "0.1.0"}, started="2025-01-01T00:00:00+00:00",
        finished="2025-01-01T00:01:00+00:00", target={"url": "https://shop.test/", "policy": "policy.md", "code": ["app"]},
        stages=ALL_STAGES, phases=ALL_PHASES, consent=PERFORMED,
        pages=(Page("https://shop.test/", 200, title=HOSTILE), Page("https://shop.test/checkout", 200),
               Page(HOSTILE_URL, None, error="net::ERR_ABORTED")),
        cookies=(cookie("session", "shop.test"), cookie(HOSTILE, ".shop.test"),
                 cookie("_gcl_au", ".doubleclick.net", "third", "initial", "doubleclick.net"),
                 cookie("_hjSession", ".hotjar.com", "third", "reject", "hotjar.com")),
        requests=requests,
        third_parties=(*(ThirdParty(s, *ORGS[s], requests=1, hosts=(f"www.{s}",)) for s in ORGS),
                       ThirdParty("evil.test", HOSTILE, None, 1)),
        leaks=(leak("email", "criteo.com", "initial"), leak("payment_card", "evil.test", "accept", "plain")),
        forms=(Form("http://shop.test/signup", "http://shop.test/signup", "post",
                    (FormField("email", "email", "email"), FormField(HOSTILE, "text", None)), insecure=True),),
        transport=(Transport("http://shop.test", False, False),),
        storage=(StorageItem("local", "_hjUserId", "https://shop.test", value_length=36), StorageItem("session", HOSTILE, "https://shop.test")),
        fingerprinting=(Fingerprinting("canvas", HOSTILE_URL, "https://shop.test/"),
                        Fingerprinting("font_probing", "https://cdn.fpvendor.test/fp.js", "https://shop.test/checkout",
                                       detail="64 font families measured")),
        code_findings=(code("card_number_storage", snippet="db.save(pan='************1111')"),
                       code("card_security_code_storage", "app/checkout.py", 42, "session['cvv'] = form.cvv"),
                       code("pii_logging", "app/users.py", 7, f"log.info(user.email) # {HOSTILE}")),
        code_exemptions=(CodeExemption(code("card_number_storage", "db/schema.rb", 12, "t.string :card_number"),
                                       "payments.card_number is encrypted by the model", "rails-encrypts", "app/models/payment.rb:3"),),
        claims=(claim("c1", "stores_full_card_number", "deny", text="We never store your full credit card number."),
                claim("c2", "uses_cookies", text="We use cookies to remember your basket."),
                claim("c3", "consent_for_tracking", text="We only load analytics after you consent. " + HOSTILE),
                claim("c4", "shares_personal_data", "deny", recipients=("advertisers",),
                      text="We do not share your personal data with advertisers."),
                claim("c5", "retention", text="Backups are kept for 30 days."),
                claim("c6", "third_party_analytics", "affirm", "possible", text="We may use analytics providers.")),
        errors=(ScanError("crawl", HOSTILE_URL, "timeout " + HOSTILE),),
    )
    import dataclasses

    from reports.gate import apply_gate
    from scanner.config import GateConfig

    with_verdicts = dataclasses.replace(base, verdicts=evaluate(base))
    return dataclasses.replace(with_verdicts, gate=apply_gate(with_verdicts, GateConfig()))
