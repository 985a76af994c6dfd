"""Evidence selection: turns the records of a ScanResult into uniform Items (result key, index, stable
identity, group keys, what data and which recipients they involve) and picks the ones a rule's selectors
name. Identities and group keys are built from record content, never from list positions or line numbers,
so the fingerprints made from them survive re-crawls and code moved within a file."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property

from reports.mask import clip
from reports.rules import Selector
from scanner.crawl.parties import site_of
from scanner.model import ScanResult

CHOICE_PHASES = ("accept", "reject")  # phases that exist only when a consent click was really performed
# What data a code finding is about, by category (None: the rule cannot tell which personal data).
CODE_DATA = {"card_number_storage": ("payment_card",), "card_data_logging": ("payment_card",),
             "card_number_literal": ("payment_card",), "card_security_code_storage": ("card_security_code",)}


@dataclass(frozen=True)
class Item:
    kind: str  # the result key: cookies, requests, leaks, forms, transport, code_findings, storage, fingerprinting
    index: int
    identity: str
    site: str
    organization: str | None
    summary: str
    party: str = "first"
    category: str | None = None  # tracker category, when the record was attributed
    data_types: tuple[str, ...] | None = None  # None: the record cannot tell
    phase: str | None = None
    claims: tuple[str, ...] = ()  # claim types a code finding says it bears on

    def group_key(self, group: str) -> str:
        if group == "finding":
            return self.identity
        if group == "organization":
            return self.organization or self.site
        return self.site


def short_hash(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]


class Evidence:
    """All records of one result as Items, built once per source and filtered per selector."""

    def __init__(self, result: ScanResult) -> None:
        self.result = result
        self._cache: dict[str, list[Item]] = {}

    @cached_property
    def usable_phases(self) -> frozenset[str]:
        """Phases that ran and whose consent choice (if any) was really made."""
        ran = set(self.result.phases) or ({"initial"} if "crawl" in self.result.stages else set())
        outcomes = {c.phase: c for c in self.result.consent}
        usable = set()
        for phase in ran:
            outcome = outcomes.get(phase)
            if outcome is not None and not outcome.performed:
                continue
            if phase in CHOICE_PHASES and outcome is None:
                continue
            usable.add(phase)
        return frozenset(usable)

    @cached_property
    def failed_stages(self) -> frozenset[str]:
        """Stages that ran but broke: any code error (semgrep's results are then partial), any policy error
        (the policy was not read: no claim exists) or a crawl that loaded no page at all. Evidence they found
        still counts; their silence does not."""
        failed = {e.stage for e in self.result.errors if e.stage in ("code", "policy")}
        r = self.result
        crawl_errors = any(e.stage == "crawl" for e in r.errors)
        if "crawl" in r.stages and ((r.pages and all(p.error or p.status is None for p in r.pages))
                                    or (crawl_errors and not (r.pages or r.requests or r.cookies))):
            failed.add("crawl")
        return frozenset(failed)

    @cached_property
    def site_owner(self) -> dict[str, tuple[str | None, str | None]]:
        """registrable site → (organization, tracker category), from third parties and attributed requests."""
        owners: dict[str, tuple[str | None, str | None]] = {}
        for req in self.result.requests:
            if req.tracker and req.site not in owners:
                owners[req.site] = (req.tracker.organization, req.tracker.category)
        for tp in self.result.third_parties:
            if tp.category or tp.organization:
                owners[tp.site] = (tp.organization, tp.category)
        return owners

    def items(self, source: str) -> list[Item]:
        if source not in self._cache:
            self._cache[source] = list(getattr(self, f"_{source}")())
        return self._cache[source]

    def select(self, sel: Selector, recipients_of: dict[str, tuple[str, ...]]) -> list[Item]:
        out = []
        wanted_cats = set(sel.tracker_categories)
        for item in self.items(sel.source):
            if sel.phases and (item.phase not in sel.phases or item.phase not in self.usable_phases):
                continue
            if sel.party and item.party != sel.party:
                continue
            if wanted_cats and not ("*" in wanted_cats and item.category) and item.category not in wanted_cats:
                continue
            if sel.data_types and not (item.data_types and set(item.data_types) & set(sel.data_types)):
                continue
            if sel.recipients and all(recipient_fit(r, item, recipients_of) == "no" for r in sel.recipients):
                continue
            if not self._fits_source(sel, item):
                continue
            out.append(item)
        return out

    def _fits_source(self, sel: Selector, item: Item) -> bool:
        if sel.source == "code_findings" and self.result.code_findings[item.index].rule_id in sel.except_rules:
            return False
        if sel.source in ("code_findings", "fingerprinting"):
            return not sel.categories or item.category in sel.categories
        if sel.source == "requests" and sel.beacon is not None:
            return self.result.requests[item.index].beacon == sel.beacon
        if sel.source == "forms":
            form = self.result.forms[item.index]
            if sel.insecure is not None and (form.insecure or form.action.startswith("http://")) != sel.insecure:
                return False
            return sel.collects is None or bool(item.data_types) == sel.collects
        if sel.source == "transport" and sel.condition:
            t = self.result.transport[item.index]
            return bool({"no_https": not t.https, "insecure_forms": t.insecure_forms, "mixed_content": t.mixed_content,
                         "insecure_cookies": t.insecure_cookies}[sel.condition])
        return True

    # --- one generator per result key ---------------------------------------------------------------------

    def _cookies(self) -> Iterator[Item]:
        for i, c in enumerate(self.result.cookies):
            site = c.site or c.domain.lstrip(".")
            org, cat = (c.tracker.organization, c.tracker.category) if c.tracker else (
                self.site_owner.get(site, (None, None)) if c.party == "third" else (None, None))
            owner = f" ({org})" if org else ""
            yield Item("cookies", i, f"cookie|{c.name}|{c.domain}", site, org,
                       clip(f"cookie {c.name} on {c.domain}{owner}, {c.party} party, {c.phase}"), c.party, cat, None, c.phase)

    @cached_property
    def attributed(self) -> bool:
        """Whether any third party of this scan was attributed at all (else tracker rules cannot judge)."""
        return bool(self.site_owner) or any(c.tracker for c in self.result.cookies)

    @cached_property
    def has_third_parties(self) -> bool:
        return any(r.party == "third" for r in self.result.requests) or any(c.party == "third" for c in self.result.cookies)

    def _requests(self) -> Iterator[Item]:
        for i, r in enumerate(self.result.requests):
            org, cat = (r.tracker.organization, r.tracker.category) if r.tracker else self.site_owner.get(r.site, (None, None))
            who = org or r.site
            yield Item("requests", i, f"request|{r.host}|{org or ''}|{cat or ''}", r.site, org,
                       clip(f"{r.method} {r.url} → {who}{f' [{cat}]' if cat else ''}, {r.phase}"), r.party, cat, None, r.phase)

    def _leaks(self) -> Iterator[Item]:
        for i, lk in enumerate(self.result.leaks):
            if lk.data_type in ("search_query", "free_text"):  # typed words, not personal data: key-logging evidence
                continue
            if lk.party == "first":  # typed input sent to the site itself: key logging, no sharing with anyone
                continue
            org, cat = self.site_owner.get(lk.site, (None, None))
            org = lk.organization or org
            where = f"{lk.location}{f' {lk.parameter}' if lk.parameter else ''}"
            yield Item("leaks", i, f"leak|{lk.data_type}|{lk.site}", lk.site, org,
                       clip(f"{lk.data_type} ({lk.encoding}) sent to {org or lk.site} in {where}"
                                f"{' while typed, before any submit' if lk.before_submit else ''}, {lk.phase}"),
                       "third", cat, (lk.data_type,), lk.phase)

    def _forms(self) -> Iterator[Item]:
        for i, f in enumerate(self.result.forms):
            types = tuple(sorted({fld.data_type for fld in f.fields if fld.data_type}))
            collects = f" ({', '.join(types)})" if types else ""
            yield Item("forms", i, f"form|{f.page}|{f.action}", f.page, None,
                       clip(f"form on {f.page} → {f.method.upper()} {f.action}{collects}"), "first", None, types, f.phase)

    def _transport(self) -> Iterator[Item]:
        for i, t in enumerate(self.result.transport):
            problems = [p for p, bad in (("no HTTPS", not t.https), (f"{len(t.mixed_content)} mixed-content loads", t.mixed_content),
                                         (f"{len(t.insecure_forms)} forms posting over HTTP", t.insecure_forms)) if bad]
            yield Item("transport", i, f"transport|{t.origin}", t.origin, None,
                       clip(f"{t.origin}: {', '.join(problems) or 'HTTPS'}"), "first", None, None, None)

    def _storage(self) -> Iterator[Item]:
        for i, s in enumerate(self.result.storage):
            yield Item("storage", i, f"storage|{s.kind}|{s.key}|{s.origin}", s.origin, None,
                       clip(f"{s.kind} storage {s.key} on {s.origin}, {s.phase}"), s.party, None, None, s.phase)

    def _fingerprinting(self) -> Iterator[Item]:
        # Session replay is judged from its requests (attributed by vendor data); here only what the page's
        # scripts did. A fingerprint derives a device identifier, hence the data types.
        for i, f in enumerate(self.result.fingerprinting):
            if f.kind == "session_replay":
                continue
            where = f.script or f.page
            page_site = site_of(f.page)
            site = site_of(where) or page_site  # inline or javascript: scripts belong to their page
            org = self.site_owner.get(site, (None, None))[0]
            party = "first" if site == page_site else "third"
            yield Item("fingerprinting", i, f"fingerprint|{f.kind}|{where}", site, org,
                       clip(f"{f.kind.replace('_', ' ')} fingerprinting by {where} on {f.page}, {f.phase}"), party, f.kind,
                       ("device_id", "browser_info"), f.phase)

    def _code_findings(self) -> Iterator[Item]:
        for i, f in enumerate(self.result.code_findings):
            # Content, not line: the same finding moved within its file keeps its identity.
            identity = f.fingerprint or f"code|{f.rule_id}|{f.path}|{short_hash(' '.join(f.snippet.split()))}"
            yield Item("code_findings", i, identity, f.path, None, clip(f"{f.path}:{f.line} {f.rule_id}: {f.snippet}"),
                       "first", f.category, CODE_DATA.get(f.category), None, f.claims)


def recipient_fit(recipient: str, item: Item, recipients_of: dict[str, tuple[str, ...]]) -> str:
    """yes / no / unsure: does a record sent to a third party of the item's category reach this recipient?
    A third party nobody attributed could be anyone: unsure, never a silent no."""
    cats = recipients_of.get(recipient, ())
    if item.party != "third" or not cats:
        return "no"
    if "*" in cats:
        return "yes"
    if item.category is None:
        return "unsure"
    return "yes" if item.category in cats else "no"
