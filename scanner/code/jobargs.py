r"""Card data given to a background job or a message queue, in any language. A job's or a message's arguments are
persisted by the queue (Redis, the jobs table, a broker's durable queue) until a worker runs, so a full card number or
a security code passed as one is stored in clear, and PCI DSS 3.2.1 forbids keeping the security code after
authorisation at all. A call that only enqueues (`charge.kiq(...)`, `perform_async`, `apply_async`, `Enqueue`,
`SomeJob::dispatch`, `jobs.scheduleCapture(...)`, `agenda.now(...)`) or a generic verb on a receiver named for a queue
or broker (`boss.send`, `Publisher.publish`, `$this->queue->put`, `producer.send`, `redis.lpush`) is reported on the
line of its statement where the card value is written, once per kind (`card-number-to-job-queue`,
`card-security-code-to-job-queue`), when it carries a value named for card data by the shared vocabulary (`body["card"]["number"]`,
`in.Card.Number`, `form.cvc()`, `deposit.get('pan')`, a key `"cvv":`/`'pan' =>`/`pan:`), directly or in a variable
built just above (reported where that is written), or a whole card object whose number the same file reads. Values
masked or cut to a tail (`mask(...)`, `[-4:]`, `last4(...)`) and tokens, last-four digits and ids are not card data;
neither is what a wrapper named for enqueueing passes on from its own parameters (its callers are reported). A write
to a cache (`Rails.cache.write`, `Cache::put`, `$redis->set`) keeps what it is given until it expires and is read the
same way (`card-number-to-cache`, `card-security-code-to-cache`). Test code is left out. Text helpers:
scanner.code.chains.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from scanner.code.chains import CHAIN, KINDS, Spans, blank, call_end, callees, in_words, kinds_at, segments, statement_end, strings
from scanner.code.configvalues import CODE
from scanner.code.messages import COMMENT, DEFINITION, TEST
from scanner.code.semgrep import Match
from scanner.code.vocabulary import classify, normalise, vocabulary

NUMBER_RULE = "card-number-to-job-queue"
CODE_RULE = "card-security-code-to-job-queue"
CACHE_NUMBER_RULE = "card-number-to-cache"
CACHE_CODE_RULE = "card-security-code-to-cache"
# conversions that leave the value as it was: card.number.to_s, form.cardNumber().trim()
_SAME = {"to_s", "to_str", "tostring", "trim", "strip", "string", "str", "value", "upcase", "downcase", "touppercase",
         "tolowercase", "intern"}
# a call around a value that keeps only a safe form of it (or a fact about it)
_MASKS = (r"mask|redact|last_?(?:4|four)|substr|slice|hash|digest|sha\d|md5|encrypt|cipher|tokeni[sz]|hmac|obfuscat|"
          r"truncat|fingerprint|luhn|valid")
MASKING = re.compile(rf"(?i){_MASKS}|tail|^len$|count|strlen|size|isset|empty|present|blank")
# a call a value is passed through: measures and tests are whole names (a `ChargeCounterPayment`, `AccountUpdate` or
# `OrderDetail` message carries what it is given)
_CALLEE_MASKING = re.compile(rf"(?i){_MASKS}|(?:^|[._:>]|(?-i:(?<=[a-z])(?=[A-Z])))"
                             r"(?:len|count|strlen|size|isset|is_?empty|empty|present|blank|tail)\??$")
# a call and its receiver, which may be fetched by name: queue.add(, $this->queue->put(, \Drupal::queue('x')->createItem(
_CALL = re.compile(r"(?:(?P<r>[\w$@]+)(?:\(\s*(?:'[\w.:-]*'|\"[\w.:-]*\")?\s*\))?\s*(?:\.|->|::|\?\.)\s*)?(?P<m>[A-Za-z_]\w*)\s*\(")
_WORD = re.compile(r"(?<![\w$@])[\w$@]")
# (graphile-worker's quickAddJob/addJob, machinery's SendTask)
_ENQUEUE = re.compile(r"^(?:[Ee]nqueue\w*|kiq|apply_async|send_task|perform_(?:async|in|at|later|bulk)|create_?[Jj]ob|"
                      r"(?:quick_?)?[Aa]dd_?[Jj]ob|SendTask(?:WithContext)?)$")
_VERB = re.compile(r"^(?:publish\w*|put|push|send|add|add_?[Bb]ulk|add_job|produce|emit|lpush|rpush|xadd|XAdd|LPush|RPush|basic_publish|"
                   r"send_?[Mm]essage\w*|schedule\w*|now|every|[Ii]nsert|submit|dispatch|createItem)$")
_QUEUE = {"queue", "queues", "boss", "jobs", "worker", "workers", "tube", "broker", "bus", "publisher", "producer",
          "kafka", "rabbit", "rabbitmq", "amqp", "nats", "sqs", "pubsub", "channel", "stream", "redis", "celery",
          "sidekiq", "enqueuer", "scheduler", "beanstalk", "beanstalkd", "pheanstalk", "resque", "bull", "mq", "agenda",
          "topic", "exchange", "river", "dq", "rdb"}
_ACCESSORS = frozenset({"get", "connection", "driver", "channel", "queue", "use"})
_CACHE_VERB = re.compile(r"^(?:write|set|setex|psetex|hset|hmset|hsetnx|mset|put|put_?[Mm]any|remember|remember_?[Ff]orever|"
                         r"forever|add|set_?[Ii]tem|set_many|set_multi)$")
_CACHE = {"cache", "caches", "memcache", "memcached", "dalli", "redis", "rdb", "keyv", "kv"}
_DISPATCH = re.compile(r"\w*Job(?:::|\.)dispatch\w*\s*\(|\bdispatch\w*\s*\((?=\s*new\s+\w*Job\b)")
# a payload key: "pan": ..., 'cvv' => ..., pan: ..., card_number=...
_KEYS = re.compile(r"""(?:['"](\w+)['"]\s*(?:=>|:)|(?<![\w:$.])(\w+)\s*(?::(?!:)|=(?![=>])))\s*""")
_DECLARED = re.compile(r"\s*(?::\s*[\w<>\[\], |.?]+)?\s*(?:\{|throws\b)")
# a type before a name declares it (`Mono<Integer> enqueue(`); a keyword before it does not
_TYPED = re.compile(r"(?:^|[\s(])(?!(?:await|return|yield|new|throw|go|defer|else|elif|if|unless|while|until|when|do|then|"
                    r"not|and|or|in|of|case|puts|print|p|void|assert|raise)\s)[\w.]+(?:<[^<>()]*>|\[\])?\s+$")
_LITERAL = re.compile(r"\s*(?:[\[{]|map\[|[\w.]+\{|(?:dict|array|\w*Map\.of\w*|json\.dumps|JSON\.(?:stringify|generate|dump)|json_encode)"
                      r"\s*\()")
# words one of the calls needs somewhere in the file: most files have none and are not read line by line
_CUES = re.compile(r"(?i)cache|queue|job|publish|kiq|perform_|delay|apply_async|send_task|dispatch|boss|bus\b|broker|produc|"
                   r"push|xadd|agenda|worker|redis|rabbit|amqp|kafka|nats|sqs|tube|stream|channel|sched|topic|exchange|celery|\bkv\b")
_ASSIGN = re.compile(r"\s*(?:const|let|var|val|final\s+\w+)?\s*\$?(\w+)\s*(?::=|=(?![=>]))")


def value_kinds(segs: list[str]) -> set[str]:
    while len(segs) > 1 and segs[-1].lower() in _SAME:
        segs = segs[:-1]
    return kinds_at(segs, len(segs) - 1) if segs else set()


def safe(name: str) -> bool:
    """A name holding a word of the vocabulary's safe list: last4, token, masked, hash..."""
    norm = f"_{normalise(name)}_"
    return any(f"_{s}_" in norm for s in vocabulary().safe)


def masked(value: str) -> bool:
    """Whether a value is written in a safe form: masked, cut to a tail, a token, or nothing."""
    return bool(re.search(r"-4\b|^\s*(?:None|nil|null|NULL|undefined|''|\"\")", value) or MASKING.search(value)
                or any(safe(w) for w in re.findall(r"\w+", value)))


def forwarded(lines: list[str], i: int) -> set[str]:
    """The parameters of the function around line i when its name says it enqueues (`scheduleCapture(id, pan, cvc)`):
    such a wrapper passes on what its callers give it, and the callers' calls are the ones reported."""
    for j in range(i, max(-1, i - 40), -1):
        if DEFINITION.match(lines[j]):
            d = re.search(r"(\w+)\s*\(([^)]*)", re.sub(r"^\s*func\s*\([^)]*\)", "func", lines[j]))
            if d and (_ENQUEUE.match(d.group(1)) or _VERB.match(d.group(1))):
                return set(re.findall(r"[A-Za-z_]\w*", d.group(2)))
            return set()
    return set()


def carried(code: str, text: str, spans: Spans, a: int, b: int, cards: set[tuple[str, ...]],
            params: frozenset[str] = frozenset(), where: dict[str, int] | None = None) -> tuple[set[str], set[str]]:
    """The kinds of card data in text[a:b] (a call's arguments) and the bare variables it passes; `where` gets the
    offset in text of the first value of each kind."""
    found: set[str] = set()
    names: set[str] = set()
    where = {} if where is None else where
    for m in CHAIN.finditer(text, a, b):
        if in_words(spans, m.start()):
            continue
        after = code[m.end():b].lstrip()
        segs = segments(m.group(0))
        if not segs or after.startswith(("(", "[")) or any(_CALLEE_MASKING.search(c) for c in callees(code, m.start(), a)):
            continue
        if re.match(r":(?!:)|=(?![=>])", after) or (len(segs) == 1 and segs[0].lstrip("$") in params):
            continue  # a key (judged below, with its value) or a wrapper's parameter
        kinds = value_kinds(segs) | (set(KINDS) if tuple(s.lower() for s in segs) in cards else set())
        found |= kinds  # (a whole card object whose number the file reads carries both)
        for kind in kinds:
            where.setdefault(kind, m.start())
        if len(segs) == 1:
            names.add(segs[0])
    for k in _KEYS.finditer(text, a, b):
        quoted = k.group(1) is not None
        if (quoted and not any(s == k.start() for s, _, _ in spans)) or (not quoted and in_words(spans, k.start())):
            continue
        value = text[k.end():min(b, k.end() + 80)].split(",")[0]
        if value.strip().lstrip("$") in params:
            continue
        if not masked(value):
            kinds = {c for c in classify(k.group(1) or k.group(2)) if c in KINDS}
            found |= kinds
            for kind in kinds:
                where[kind] = min(where.get(kind, k.start()), k.start())
    return found, names


def card_objects(text: str) -> set[tuple[str, ...]]:
    """Chains naming a whole card (`$data['card']`, `body.card`, `card`) whose number the file reads: such an object,
    as entered, holds the number and the security code."""
    out: set[tuple[str, ...]] = set()
    alias = {m.group(1).lower(): segments(m.group(2)) for m in re.finditer(r"(?<![\w$])\$?(\w+)\s*=\s*([$\w][^;\n(]*?)\s*;?$", text, re.M)
             if CHAIN.fullmatch(m.group(2))}
    for m in CHAIN.finditer(text):
        segs = segments(m.group(0))
        if segs and segs[0].lower() in alias:
            segs = alias[segs[0].lower()] + segs[1:]
        for j in range(1, len(segs)):
            if normalise(segs[j - 1]) in ("card", "payment_card") and "card_number" in kinds_at(segs, j):
                out.add(tuple(s.lower() for s in segs[:j]))
    return out


def cache_call(m: re.Match[str], chained: bool = False) -> bool:
    """A write to a cache (`Rails.cache.write`, `Cache::put`, `$redis->set`, `cache.set`): what it is given stays there
    until it expires. `chained`: the line continues a call chain that starts on a cache or key-value store (`await
    kv.atomic()` / `.set(["cards", id], {...})`), so a receiverless call on it is the store's."""
    receiver = (m.group("r") or "").lstrip("$@")
    if not receiver:
        return chained and m.start() == len(m.string) - len(m.string.lstrip()) + 1 and _CACHE_VERB.match(m.group("m")) is not None
    return bool(_CACHE_VERB.match(m.group("m")) and set(normalise(receiver).split("_")) & _CACHE)


def _chain_cache(lines: list[str], i: int) -> bool:
    """Whether line i continues (`.set(...)`) a call chain whose first receiver is a cache or key-value store."""
    if not lines[i].lstrip().startswith("."):
        return False
    for j in range(i - 1, max(-1, i - 6), -1):
        if not lines[j].lstrip().startswith("."):
            first = re.match(r"\s*(?:(?:await|return|yield)\s+)?([\w$@]+)\s*(?:\(\s*\))?\s*(?:\.|->)", lines[j])
            return bool(first and set(normalise(first.group(1).lstrip("$@")).split("_")) & _CACHE)
    return False


def queue_call(m: re.Match[str]) -> bool:
    method, receiver = m.group("m"), m.group("r") or ""
    if receiver in _ACCESSORS and m.string[m.end("r"):m.end("r") + 1] == "(":
        # a queue taken by name from its factory: `$this->queues->get('default')->push(`
        before = re.search(r"([\w$@]+)\s*(?:->|\.)\s*$", m.string[:m.start("r")])
        receiver = before.group(1) if before else receiver
    # Celery's task.delay(...), Huey's task.schedule(args=...), go-zero's dq.Delay(...)
    if _ENQUEUE.match(method) or (receiver and method in ("delay", "Delay", "schedule")):
        return True
    return bool(receiver and _VERB.match(method) and set(normalise(receiver.lstrip("$@")).split("_")) & _QUEUE)


@dataclass
class JobArgs:
    found: list[Match] = field(default_factory=list)

    def observe(self, rel: str, path: Path, text: str) -> None:
        if not rel.endswith(CODE) or TEST.search(rel) or not _CUES.search(text):
            return
        lines = text.splitlines()
        cards: set[tuple[str, ...]] | None = None
        for i, line in enumerate(lines):
            if COMMENT.match(line) or DEFINITION.match(line):
                continue
            # from every word on (`\Drupal::queue('x')->createItem(` holds two calls), once per bracket
            found = (_CALL.match(line, w.start()) for w in _WORD.finditer(line))
            chained = _chain_cache(lines, i)
            calls = list({m.end(): m for m in found if m and (queue_call(m) or cache_call(m, chained))}.values())
            calls += list(_DISPATCH.finditer(line))
            if not calls:
                continue
            cached = all("m" in c.groupdict() and cache_call(c, chained) and not queue_call(c) for c in calls)
            if cards is None:
                cards = card_objects(text)
            statement = "\n".join(lines[i:i + 10])
            spans = strings(statement)
            code = blank(statement, spans)
            kinds: set[str] = set()
            at: dict[str, int] = {}  # line (from i) of each kind's first value: where the card data is put in
            last = 0  # where the calls end: the finding spans the statement, so a rule's narrower match on a line of
            # it (the payload's line) is the one kept (scanner.code._one_per_statement)
            for m in calls:
                if in_words(spans, m.start()):
                    continue
                a = m.end() - 1  # the call's open bracket
                b = call_end(code, a)
                if _DECLARED.match(code, b) or _TYPED.search(code[max(0, m.start() - 40):m.start()]):
                    continue  # a method declared, not called: `enqueue(pan: string) {`, `Mono<Integer> enqueue(String pan);`
                where: dict[str, int] = {}
                got, names = carried(code, statement, spans, a, b, cards, frozenset(forwarded(lines, i)), where)
                last = max(last, b)
                for kind, offset in where.items():
                    at.setdefault(kind, statement.count("\n", 0, offset))
                built, above = self._built(lines, i, names, cards)
                for kind in built - got:
                    at.setdefault(kind, above[kind] - i)  # where the payload is written: where it is fixed
                kinds |= got | built
            for kind in sorted(kinds):
                first = i + 1 + at.get(kind, 0)
                if cached:
                    rule, message = (CACHE_NUMBER_RULE, _CACHED_NUMBER) if kind == "card_number" else (CACHE_CODE_RULE, _CACHED_CODE)
                else:
                    rule, message = (NUMBER_RULE, _NUMBER) if kind == "card_number" else (CODE_RULE, _CODE)
                self.found.append(Match(rule, path, first, i + 1 + statement.count("\n", 0, last), 1, message, "critical",
                                        _META[kind]))

    @staticmethod
    def _built(lines: list[str], i: int, names: set[str], cards: set[tuple[str, ...]]) -> tuple[set[str], dict[str, int]]:
        """The card data in a variable the call sends, built in the 30 lines above (payload = {...}), and the line
        each kind is written on there."""
        for j in range(i - 1, max(-1, i - 30), -1):
            m = _ASSIGN.match(lines[j])
            # a payload written out (a map, array, hash or struct literal, or its JSON), not a model built from it
            if m and m.group(1) in names and _LITERAL.match(lines[j], m.end()):
                text = "\n".join(lines[j:j + 10])
                spans = strings(text)
                code = blank(text, spans)
                where: dict[str, int] = {}
                kinds = carried(code, text, spans, m.end(), statement_end(code, m.end()), cards, where=where)[0]
                return kinds, {kind: j + text.count("\n", 0, where.get(kind, 0)) for kind in kinds}
        return set(), {}


_NUMBER = ("A full card number (PAN) is given to a background job or queued message, whose arguments the queue stores "
           "until a worker runs (PCI DSS 3.5.1). Vault the card with the gateway first and pass the token or an id.")
_CODE = ("A card security code is given to a background job or queued message, whose arguments the queue stores; "
         "PCI DSS 3.3.2 forbids storing it after authorisation. Authorise while the request is running, or pass the "
         "gateway's token.")
_CACHED_NUMBER = ("A full card number (PAN) is written to a cache, which keeps it in clear until it expires (PCI DSS 3.5.1). "
                  "Cache the gateway's token or the last four digits.")
_CACHED_CODE = ("A card security code is written to a cache; PCI DSS 3.3.2 forbids storing it after authorisation, "
                "however briefly. Keep it only in the request that authorises the card.")
_META: dict[str, dict[str, object]] = {
    "card_number": {"category": "card_number_storage", "cwe": ["CWE-312: Cleartext Storage of Sensitive Information"],
                    "owasp": ["A02:2021 - Cryptographic Failures", "A04:2021 - Insecure Design"],
                    "regulation": ["PCI DSS v4.0 req. 3.5.1", "PCI DSS v4.0 req. 3.2.1", "GDPR Art. 32"],
                    "claims": ["stores_full_card_number", "security_measures"], "confidence": "MEDIUM",
                    "severity_level": "critical"},
    "security_code": {"category": "card_security_code_storage", "cwe": ["CWE-312: Cleartext Storage of Sensitive Information"],
                      "owasp": ["A02:2021 - Cryptographic Failures", "A04:2021 - Insecure Design"],
                      "regulation": ["PCI DSS v4.0 req. 3.3.1", "PCI DSS v4.0 req. 3.3.2", "GDPR Art. 32"],
                      "claims": ["stores_card_security_code", "security_measures"], "confidence": "MEDIUM",
                      "severity_level": "critical"},
}

__all__ = ["CACHE_CODE_RULE", "CACHE_NUMBER_RULE", "CODE_RULE", "NUMBER_RULE", "JobArgs", "masked"]
