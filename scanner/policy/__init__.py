"""The policy reader: a privacy policy (a .txt/.md/.html file, a URL rendered in Chromium, or the policy
linked from the scanned site) becomes structured claims that cite their sentence, plus lint findings about
the policy itself. `read_policy` is the stage the pipeline calls; `read_text` is the pure core (text in,
claims and findings out) that tests and benchmarks use. Knowledge lives in rules/claims/*.toml.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from scanner.config import PolicyConfig, SiteConfig
from scanner.errors import ConfigError, ScanFailure
from scanner.model import Claim, PolicyFinding, ScanResult
from scanner.policy.answers import answer_claims
from scanner.policy.claims import extract_claims
from scanner.policy.lexicon import load_lexicon
from scanner.policy.lint import lint_policy
from scanner.policy.segment import Sentence, sentences
from scanner.policy.semantic import semantic_claims
from scanner.policy.unwrap import squeeze

__all__ = ["PolicyText", "read_policy", "read_text"]


@dataclass(frozen=True)
class PolicyText:
    """What the reader made of one policy text."""

    claims: tuple[Claim, ...]
    findings: tuple[PolicyFinding, ...]
    sentences: int


def read_text(text: str, source: str | None = None, max_age_days: int = 730, today: date | None = None) -> PolicyText:
    """Claims and lint findings of a policy text; offsets index `text` as given."""
    lex = load_lexicon()
    sents = sentences(text)
    # hard-wrapped sentences are read with their line breaks squeezed out, their claims cited in `text` as given
    sq = squeeze(text, sents)
    read = sq.text if sq else text
    read_sents: Sequence[Sentence] = sq.sentences if sq else sents
    claims = tuple(extract_claims(read, read_sents, lex, source))
    # a FAQ's "No." or "We respect it." is read once more with its question
    claims = claims + answer_claims(read, read_sents, claims, lex, source)
    # The learned fallback only adds a type the rules left empty in a sentence, at a threshold chosen to
    # keep its own claims precise; sorting is stable, so rule claims stay first on the same sentence.
    claims = claims + semantic_claims(read, claims, read_sents, source)
    if sq:
        claims = tuple(sq.claim(text, c) for c in claims)
    claims = tuple(sorted(claims, key=lambda c: c.start))
    findings = tuple(lint_policy(text, sents, claims, max_age_days, today))
    return PolicyText(claims, findings, sum(not s.heading for s in sents))


def read_policy(cfg: PolicyConfig, site: SiteConfig | None, progress: Callable[[str], None] | None = None) -> ScanResult:
    """The policy stage: a partial ScanResult with claims, policy_findings and target.policy."""
    say = progress or (lambda _msg: None)
    if cfg.path is not None:
        from scanner.policy.text import load_file

        where = str(cfg.path)
        say(f"policy: reading {where}")
        text, _html = load_file(cfg.path)
    else:
        from scanner.policy.fetch import fetch_policy
        from scanner.policy.text import InputError

        if cfg.url is None and (site is None or not cfg.discover):
            raise ConfigError("policy: give policy.path or policy.url (or a [site] with policy.discover = true)")
        try:
            where, text = fetch_policy(cfg.url, site, say)
        except InputError as exc:  # unusable page content is the site's fault, not the user's: a scan error
            raise ScanFailure(str(exc), partial=ScanResult(target={"policy": cfg.url or (site.url if site else "")})) from None
    result = read_text(text, where, cfg.max_age_days)
    say(f"policy: {result.sentences} sentences, {len(result.claims)} claims, {len(result.findings)} findings")
    return ScanResult(target={"policy": where}, claims=result.claims, policy_findings=result.findings)
