"""The identifier vocabulary (rules/vocabulary.toml): which names mean which data type, how identifiers are
normalised before they are compared, and the regular expressions the Semgrep rules carry. The same
definition is used twice: `classify()` answers in Python (tests, the literal detector, the rule generator's
self-check) and `regex()` renders it for Semgrep's `metavariable-regex`, which sees raw identifier text
(ccNumber, CC_NUMBER, "card-number", :card_number, $cardNumber) and so must encode the normalisation itself.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from scanner.resources import rules_dir

_SIGILS = "\"'`:$@"
_SEP = r"[_\-.>]"  # ">" so PHP's $user->email splits like user.email
# A word starts after a separator or where a lower-case letter or digit meets an upper-case one.
_CAMEL = r"(?<=[a-z0-9])(?=[A-Z])"
# "()" for accessor chains: body.card().number(); "?" of optional chaining and nullsafe calls: client?.email, $user?->email
_PREFIX = r"(?:[\w.\-$@>:\[\]'\"]|\(\)|\?(?=[.\-]))"


@dataclass(frozen=True)
class DataType:
    name: str
    names: tuple[str, ...]  # normalised, context combinations already expanded


@dataclass(frozen=True)
class Vocabulary:
    types: dict[str, DataType]
    safe: tuple[str, ...]
    neutral: tuple[str, ...]
    not_payment: tuple[str, ...] = ()  # words before "card" that make it another kind of card


def words(identifier: str) -> list[str]:
    """Split an identifier into lower-case words: camelCase, PascalCase, ACRONYMWords and separators all
    split; a run of digits joins the word before it (cvv_2 and cvv2 are both "cvv2")."""
    out: list[str] = []
    for piece in re.split(r"[^A-Za-z0-9]+", identifier.strip(_SIGILS)):
        for token in re.findall(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|\d+", piece):
            if token.isdigit() and out:
                out[-1] += token
            else:
                out.append(token.lower())
    return out


def normalise(identifier: str) -> str:
    return "_".join(words(identifier))


def load(path: Path | None = None) -> Vocabulary:
    data = tomllib.loads((path or rules_dir() / "vocabulary.toml").read_text(encoding="utf-8"))
    types: dict[str, DataType] = {}
    for name, spec in data["types"].items():
        names = [normalise(n) for n in spec["names"]]
        names += [normalise(f"{c}_{n}") for c in spec.get("context", []) for n in spec.get("context_names", [])]
        types[name] = DataType(name, tuple(dict.fromkeys(names)))
    safe = tuple(normalise(w) for w in data["safe"]["words"])
    neutral = tuple(normalise(w) for w in data["neutral_suffixes"]["words"])
    inside = {w for t in types.values() for n in t.names for w in n.split("_")}
    clash = sorted(set(safe) & inside)
    if clash:
        raise ValueError(f"vocabulary.toml: safe words also used inside names: {', '.join(clash)}")
    not_payment = tuple(normalise(w) for w in data.get("not_payment_card", {}).get("words", []))
    return Vocabulary(types, safe, neutral, not_payment)


@cache
def vocabulary() -> Vocabulary:
    return load()


_CARD_TYPES = ("card_number", "security_code")


def _ends_with(seq: list[str], tail: list[str]) -> bool:
    return len(seq) >= len(tail) and seq[len(seq) - len(tail):] == tail


def matches(identifier: str, type_name: str, vocab: Vocabulary | None = None) -> bool:
    """True when the identifier names the raw value of this data type: its words end with a name (maybe
    followed by one neutral suffix) and no safe word comes before it."""
    vocab = vocab or vocabulary()
    ws = words(identifier)
    if type_name in _CARD_TYPES and any(ws[i] == "card" and ws[i - 1] in vocab.not_payment for i in range(1, len(ws))):
        return False
    safe = [s.split("_") for s in vocab.safe]
    for name in vocab.types[type_name].names:
        tail = name.split("_")
        for end in (len(ws), len(ws) - 1):
            if end < len(tail) or (end == len(ws) - 1 and (not ws or ws[-1] not in vocab.neutral)):
                continue
            if ws[end - len(tail):end] != tail:
                continue
            prefix = ws[: end - len(tail)]
            if not any(prefix[i:i + len(s)] == s for s in safe for i in range(len(prefix))):
                return True
    return False


def classify(identifier: str, vocab: Vocabulary | None = None) -> set[str]:
    vocab = vocab or vocabulary()
    return {t for t in vocab.types if matches(identifier, t, vocab)}


def _word_regex(word: str) -> str:
    """One normalised word as raw text: lower, Capitalised or UPPER, digits maybe after a separator."""
    m = re.fullmatch(r"([a-z]*)(\d*)", word)
    letters, digits = (m.group(1), m.group(2)) if m else (word, "")
    forms = [letters, letters.capitalize(), letters.upper()] if letters else [""]
    alt = "(?:" + "|".join(dict.fromkeys(re.escape(f) for f in forms)) + ")"
    return alt + (f"{_SEP}?{digits}" if digits else "")


def _sequence(name: str) -> str:
    # Between words: a separator, or nothing when the next word starts upper-case (camelCase).
    return f"(?:{_SEP}|(?=[A-Z]))".join(_word_regex(w) for w in name.split("_"))


def _hint(names: list[str]) -> str:
    """Few words such that every name holds one (greedy cover, longer words first on ties)."""
    letters = {n: {re.sub(r"\d+$", "", w) for w in n.split("_")} for n in names}
    todo, chosen = set(names), set[str]()
    while todo:
        counts: dict[str, int] = {}
        for n in todo:
            for w in letters[n]:
                if len(w) >= 3 or all(len(x) < 3 for x in letters[n]):
                    counts[w] = counts.get(w, 0) + 1
        best = max(counts, key=lambda w: (counts[w], len(w), w))
        chosen.add(best)
        todo = {n for n in todo if best not in letters[n]}
    # A word holding another chosen word adds nothing to a substring test.
    words = sorted(w for w in chosen if not any(o != w and o in w for o in chosen))
    return "^.*?(?i:" + "|".join(sorted(words, key=lambda w: (-len(w), w))) + ")"


def regex(type_names: list[str], vocab: Vocabulary | None = None, form: str = "name") -> str:
    """The Semgrep (PCRE) rendering of matches() for the union of some data types. Semgrep anchors
    metavariable-regex at the start only, so the whole text is anchored here. Forms:
    name  an identifier, attribute path, string key or lookup: card_number, user.ccNumber, "cvv",
          :email, $email, data["pan"], params[:cvv], request.get("email"), $req->input('email');
          and getters: user.getEmail(), $card->getPan();
    list  a comma-separated column list (an SQL INSERT) holding such a name;
    hint  a cheap necessary condition for `name`: the text holds the first word of some name, in any case.
          Taint sources put it before the full expression, which then runs on few candidates only."""
    vocab = vocab or vocabulary()
    if form == "hint":
        return _hint([n for t in type_names for n in vocab.types[t].names])
    names = sorted({n for t in type_names for n in vocab.types[t].names}, key=lambda n: (-len(n), n))
    safe = "|".join(
        f"(?:{_SEP}|{_CAMEL})".join(f"(?i:{re.escape(w)})" for w in s.split("_"))
        for s in sorted(vocab.safe, key=lambda n: (-len(n), n))
    )
    neutral = "|".join(_word_regex(w) for w in sorted(vocab.neutral, key=lambda n: (-len(n), n)))
    body = "|".join(_sequence(n) for n in names)
    # The prefix before the name: identifier characters only, so a sentence in a string never matches;
    # a subscript or a lookup call may open just before it.
    lookup = r"(?i:get|input|param|params|fetch|query|post|json|form|getParameter|get_param|getenv|dig)"
    start = rf"(?:{_PREFIX}*(?:{_SEP}|{_CAMEL})|{_PREFIX}*\[[\"':]?|{_PREFIX}*{lookup}\([\"':]?)?"
    after = rf"(?:{_SEP}|(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z]))"
    no_safe = rf"(?!{start}(?:{safe}){after})"
    inner = rf"{no_safe}{start}(?:{body})(?:(?:{_SEP}|(?=[A-Z]))(?:{neutral}))?"
    if form == "list":
        return rf"^(?:[^,]*,)*\s*[`\"'\[]?+{inner}[`\"'\]]?\s*(?:,[\s\S]*)?$"
    other = ""
    if vocab.not_payment and set(type_names) & set(_CARD_TYPES):
        # key_card_no, giftCardCode: another kind of card (not across a ".": member.cardNumber is a payment card).
        kinds = "|".join(sorted(vocab.not_payment, key=lambda w: (-len(w), w)))
        other = rf"(?!.*?(?:(?<![A-Za-z])|(?<=[a-z])(?=[A-Z]))(?i:{kinds})(?:[_\-]|(?=[A-Z]))?(?i:card)(?![a-z]))"
    return rf"^{other}[{_SIGILS}]?+{inner}[\"'`]?[\])]?(?:\(\))?$"
