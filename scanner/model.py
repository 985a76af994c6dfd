"""The data model of one scan: frozen dataclasses for every record a collector produces and the ScanResult
that holds them. Every stage after collection (verdicts, gate, formats, diff) reads only a ScanResult, so a
saved result.json can be re-rendered or compared without rescanning. Serialisation lives in scanner.serde;
the JSON Schema in scanner/schema/result.schema.json is checked against these classes in the tests.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

SCHEMA_VERSION = "1"

Party = Literal["first", "third"]
PhaseName = Literal["initial", "accept", "reject", "gpc"]
PHASES: tuple[str, ...] = ("initial", "accept", "reject", "gpc")
Severity = Literal["info", "low", "medium", "high", "critical"]
SEVERITIES: tuple[str, ...] = ("info", "low", "medium", "high", "critical")
VerdictStatus = Literal["consistent", "contradicted", "undisclosed", "not_observed", "manual"]
VERDICT_STATUSES: tuple[str, ...] = ("consistent", "contradicted", "undisclosed", "not_observed", "manual")
CODE_CATEGORIES: tuple[str, ...] = (
    "pii_logging",
    "card_number_storage",
    "card_security_code_storage",
    "card_data_logging",
    "pii_to_third_party",
    "insecure_transport",
    "card_number_literal",
)
STAGES: tuple[str, ...] = ("crawl", "code", "policy")


def severity_rank(severity: str) -> int:
    """Order severities so gates can compare them; unknown names rank lowest."""
    return SEVERITIES.index(severity) if severity in SEVERITIES else -1


# --- crawl ------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Tracker:
    """Who is behind a third-party host and why it is there, and which data source said so."""

    organization: str | None
    category: str
    source: str = "vendors"  # vendors | easylist | easyprivacy | tracker-radar | <list file name>
    rule: str | None = None


@dataclass(frozen=True)
class Page:
    url: str
    status: int | None
    phase: str = "initial"
    final_url: str | None = None
    title: str | None = None
    depth: int = 0
    content_type: str | None = None
    load_ms: int | None = None
    error: str | None = None
    screenshot: str | None = None


@dataclass(frozen=True)
class Provenance:
    """How a cookie came to be: a Set-Cookie header (url = the response) or a document.cookie write
    (url = the script that wrote it, when the browser says)."""

    kind: Literal["header", "script", "unknown"]
    url: str | None = None


@dataclass(frozen=True)
class Cookie:
    name: str
    domain: str
    party: Party
    secure: bool
    http_only: bool
    same_site: str | None
    expires: str | None  # ISO-8601, None for a session cookie
    phase: str = "initial"
    path: str = "/"
    value_length: int = 0
    lifetime_days: float | None = None
    site: str | None = None
    page: str | None = None
    provenance: Provenance | None = None
    tracker: Tracker | None = None


@dataclass(frozen=True)
class Request:
    url: str
    method: str
    host: str
    site: str
    party: Party
    resource_type: str
    tracker: Tracker | None = None
    beacon: bool = False
    phase: str = "initial"
    beacon_kind: str | None = None  # sendBeacon | ping | pixel | tracker
    page: str | None = None
    frame_url: str | None = None
    initiator: str | None = None
    status: int | None = None
    size: int | None = None
    redirect_chain: tuple[str, ...] = ()
    params: dict[str, str] = field(default_factory=dict)
    failure: str | None = None
    websocket_frames: int | None = None  # resource_type "websocket": frames sent and received while recorded


@dataclass(frozen=True)
class ThirdParty:
    site: str
    organization: str | None
    category: str | None
    requests: int
    cookies: int = 0
    phases: tuple[str, ...] = ()
    hosts: tuple[str, ...] = ()


@dataclass(frozen=True)
class Leak:
    data_type: str
    encoding: str  # plain, lower, upper, digits, urlencoded, base64, md5, sha1, sha256, sha512, base64(sha256)...
    site: str
    url: str
    phase: str = "initial"
    organization: str | None = None
    location: str = "url"  # path | query | fragment | body | header | cookie | websocket
    parameter: str | None = None
    page: str | None = None
    # True when the crawl never submits forms (the default): the value left the page while it was being typed,
    # which is what The Markup's Blacklight calls key logging. False when forms were submitted in this scan.
    before_submit: bool = False
    # "first" when the site's own endpoint received the typed value before any submit (its own session recorder
    # or autosave): recorded as key logging, but no sharing with a third party.
    party: Party = "third"


@dataclass(frozen=True)
class StorageItem:
    kind: Literal["local", "session", "indexeddb"]
    key: str
    origin: str
    phase: str = "initial"
    party: Party = "first"
    value_length: int = 0
    page: str | None = None


@dataclass(frozen=True)
class FormField:
    name: str
    type: str
    data_type: str | None = None
    autocomplete: str | None = None
    label: str | None = None


@dataclass(frozen=True)
class Form:
    page: str
    action: str
    method: str
    fields: tuple[FormField, ...] = ()
    insecure: bool = False  # submits over plain HTTP
    phase: str = "initial"


@dataclass(frozen=True)
class Transport:
    """What a site's HTTPS set-up promises and breaks, one record per scanned origin."""

    origin: str
    https: bool
    redirects_to_https: bool | None = None
    hsts_max_age: int | None = None
    hsts_include_subdomains: bool = False
    hsts_preload: bool = False
    mixed_content: tuple[str, ...] = ()
    insecure_cookies: tuple[str, ...] = ()
    insecure_forms: tuple[str, ...] = ()


@dataclass(frozen=True)
class ConsentOutcome:
    """What the consent automation did in one phase; performed=False means the choice was not made."""

    phase: str
    method: str | None  # autoconsent:<cmp> | generic | selector | none
    performed: bool
    detail: str = ""
    banner_found: bool = False


@dataclass(frozen=True)
class Fingerprinting:
    kind: str  # canvas | canvas_font | font_probing | session_replay | webgl | audio
    script: str | None
    page: str
    phase: str = "initial"
    detail: str = ""


# --- code -------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CodeFinding:
    rule_id: str
    category: str
    path: str
    line: int
    severity: str
    snippet: str  # always masked: no full card number ever appears here
    message: str = ""
    end_line: int | None = None
    column: int | None = None
    confidence: str | None = None
    cwe: tuple[str, ...] = ()
    claims: tuple[str, ...] = ()  # the policy claim types this finding bears on
    fingerprint: str | None = None


@dataclass(frozen=True)
class CodeExemption:
    """A code finding left out of code_findings because another file makes it safe (e.g. a card-number
    column that the model encrypts with Rails `encrypts` or a Laravel `encrypted` cast)."""

    finding: CodeFinding
    reason: str
    mechanism: str = ""
    declared_in: str = ""  # path:line of the declaration that exempts it


# --- policy -----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Claim:
    id: str
    type: str
    polarity: Literal["affirm", "deny"]
    modality: Literal["definite", "possible", "conditional"]
    text: str
    start: int
    end: int
    data_types: tuple[str, ...] = ()
    recipients: tuple[str, ...] = ()
    purposes: tuple[str, ...] = ()
    section: str | None = None
    bound: str | None = None  # ISO-8601 duration for retention bounds, e.g. P6M
    condition: str | None = None
    source: str | None = None


@dataclass(frozen=True)
class PolicyFinding:
    """A finding about the policy text itself (a missing disclosure, a stale date, a repealed law)."""

    id: str
    kind: str
    message: str
    severity: str = "low"
    start: int | None = None
    end: int | None = None


# --- verdicts and gate ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class EvidenceRef:
    """Points at one record of the result: kind is the result key (cookies, requests, leaks, forms,
    code_findings, storage, pages, transport, consent, fingerprinting) and index its position there."""

    kind: str
    index: int
    summary: str = ""


@dataclass(frozen=True)
class RuleJudgement:
    """How one more verdict rule judged a claim that another rule's judgement outweighed (shown beside the
    verdict, so a reader sees the consistent code scan under a contradicting crawl, and the reverse)."""

    rule: str
    status: str
    records: int = 0


@dataclass(frozen=True)
class Verdict:
    id: str
    claim_id: str | None
    status: VerdictStatus
    severity: str
    evidence: tuple[EvidenceRef, ...] = ()
    title: str = ""
    rule: str | None = None
    confidence: str = "medium"
    regulations: tuple[str, ...] = ()
    remediation: str = ""
    fingerprint: str = ""
    other_judgements: tuple[RuleJudgement, ...] = ()


@dataclass(frozen=True)
class Gate:
    passed: bool
    fail_on: tuple[str, ...] = ()
    min_severity: str = "high"
    failures: tuple[str, ...] = ()  # verdict ids that failed the gate
    waived: tuple[str, ...] = ()
    expired_waivers: tuple[str, ...] = ()
    unused_waivers: tuple[str, ...] = ()
    baseline: str | None = None
    reason: str = ""


@dataclass(frozen=True)
class ScanError:
    """A fault recorded against the stage and target it hit; the scan goes on and the result keeps it."""

    stage: str
    target: str
    message: str


@dataclass(frozen=True)
class ScanResult:
    schema_version: str = SCHEMA_VERSION
    tool: dict[str, str] = field(default_factory=dict)
    started: str | None = None
    finished: str | None = None
    target: dict[str, Any] = field(default_factory=dict)
    stages: tuple[str, ...] = ()
    phases: tuple[str, ...] = ()
    pages: tuple[Page, ...] = ()
    cookies: tuple[Cookie, ...] = ()
    requests: tuple[Request, ...] = ()
    third_parties: tuple[ThirdParty, ...] = ()
    leaks: tuple[Leak, ...] = ()
    storage: tuple[StorageItem, ...] = ()
    forms: tuple[Form, ...] = ()
    transport: tuple[Transport, ...] = ()
    consent: tuple[ConsentOutcome, ...] = ()
    fingerprinting: tuple[Fingerprinting, ...] = ()
    external_links: tuple[str, ...] = ()
    code_findings: tuple[CodeFinding, ...] = ()
    code_exemptions: tuple[CodeExemption, ...] = ()
    claims: tuple[Claim, ...] = ()
    policy_findings: tuple[PolicyFinding, ...] = ()
    verdicts: tuple[Verdict, ...] = ()
    gate: Gate | None = None
    errors: tuple[ScanError, ...] = ()
    artifacts: dict[str, str] = field(default_factory=dict)  # e.g. {"har": "site.har"}
