"""Turning a policy file or a fetched page into clean text the reader can cite. Plain text and Markdown are
kept exactly as given (after decoding), so a claim's start/end index the file's own characters; HTML is
reduced to its main content with trafilatura (navigation and boilerplate dropped, headings kept as Markdown
`#` lines so they become sections), with a plain lxml walk as the fallback when the extractor finds too
little. Every way input can be unusable (missing, empty, binary, huge, undecodable, not English) ends in a
one-line error naming the file or URL.
"""

from __future__ import annotations

import re
from pathlib import Path

from scanner.errors import ConfigError, ScannerError

MAX_BYTES = 5_000_000  # a long policy is ~100 kB; anything this big is not a policy
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".text", "")

_EN = frozenset(
    [
        "the",
        "and",
        "of",
        "to",
        "we",
        "you",
        "your",
        "our",
        "is",
        "are",
        "or",
        "in",
        "for",
        "with",
        "that",
        "this",
        "be",
        "by",
        "may",
        "not",
        "information",
        "data",
        "use",
    ]
)
_OTHER = {
    "German": frozenset(
        ["der", "die", "das", "und", "ist", "wir", "sie", "ihre", "nicht", "mit", "von", "zu", "auf", "für", "daten", "werden"]
    ),
    "French": frozenset(
        ["le", "la", "les", "et", "est", "nous", "vous", "vos", "des", "pas", "avec", "pour", "une", "données", "sont", "dans"]
    ),
    "Spanish": frozenset(["el", "los", "las", "y", "es", "nosotros", "usted", "sus", "con", "para", "una", "datos", "son", "del", "que"]),
    "Italian": frozenset(["il", "gli", "e", "è", "noi", "voi", "sono", "con", "per", "una", "dati", "che", "della", "delle", "non"]),
    "Dutch": frozenset(["de", "het", "een", "en", "is", "wij", "u", "uw", "niet", "met", "van", "voor", "zijn", "gegevens", "worden"]),
    "Portuguese": frozenset(["o", "os", "as", "e", "é", "nós", "você", "seus", "com", "para", "uma", "dados", "são", "não", "do", "da"]),
}


class InputError(ConfigError):
    """The policy input cannot be read; raised as ConfigError for files and turned into ScanFailure for URLs."""


def decode(raw: bytes, name: str) -> str:
    """Bytes → text: UTF-8 (with or without BOM), UTF-16 with BOM, else the best charset guess if it is clean."""
    if not raw.strip():
        raise InputError(f"policy: {name}: the file is empty")
    if len(raw) > MAX_BYTES:
        raise InputError(f"policy: {name}: {len(raw) / 1e6:.1f} MB is too large for a privacy policy (limit {MAX_BYTES / 1e6:.0f} MB)")
    if raw.startswith(b"%PDF"):
        raise InputError(f"policy: {name}: PDF is not supported; save the policy as .txt, .md or .html")
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(f"policy: {name}: starts like UTF-16 text but is not ({exc.reason} at byte {exc.start})") from None
    head = raw[:65536]
    if b"\x00" in head or sum(b < 9 or 13 < b < 32 for b in head) > len(head) / 100:
        raise InputError(f"policy: {name}: looks like a binary file, not a policy text")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        utf8_error = exc
    from charset_normalizer import from_bytes

    best = from_bytes(raw).best()
    if best is None or best.chaos > 0.15 or best.encoding.startswith("utf_8"):
        raise InputError(f"policy: {name}: not valid UTF-8 ({utf8_error.reason} at byte {utf8_error.start}) and no other encoding fits")
    return str(best)


def check_language(text: str, name: str) -> None:
    words = re.findall(r"[^\W\d_]+", text.lower()[:200_000])
    if len(words) < 40:
        return
    english = sum(w in _EN for w in words) / len(words)
    scores = {lang: sum(w in vocab for w in words) / len(words) for lang, vocab in _OTHER.items()}
    lang, other = max(scores.items(), key=lambda kv: kv[1])
    if english < 0.06 and other > english:
        raise InputError(f"policy: {name}: the text looks {lang}, not English; the reader only understands English policies")
    if english < 0.03:
        raise InputError(f"policy: {name}: the text does not look like English prose")


def looks_html(text: str) -> bool:
    head = text[:2000].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or bool(re.search(r"<(?:body|div|p|h1|h2)\b", head))


def html_to_text(html: str, name: str) -> str:
    """Main content of an HTML page as Markdown-ish text: `#` headings, paragraphs, `- ` list items."""
    from scanner.policy.htmltext import extract

    text = extract(html)
    if not text.strip():
        raise InputError(f"policy: {name}: the page has no readable text")
    return text


def load_file(path: Path) -> tuple[str, bool]:
    """Read a policy file → (text, is_html). Offsets of claims index this text."""
    name = str(path)
    if path.is_dir():
        raise InputError(f"policy: {name}: is a directory, not a policy file")
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"policy: {name}: no such file") from None
    except OSError as exc:
        raise InputError(f"policy: {name}: cannot read ({exc.strerror})") from None
    text = decode(raw, name)
    is_html = path.suffix.lower() in HTML_SUFFIXES or (path.suffix.lower() not in (".md", ".markdown") and looks_html(text))
    if is_html:
        text = html_to_text(text, name)
    check_language(text, name)
    return text, is_html


def describe(exc: ScannerError) -> str:
    return str(exc).splitlines()[0] if str(exc) else type(exc).__name__
