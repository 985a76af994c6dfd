"""The HTTP-API part of the pii_to_third_party rules, generated from rules/sdk_calls.toml: in a file that talks to
a vendor (one of its tokens or hosts appears), the HTTP requests the app sends (requests/httpx/axios/fetch/net/http/
RestTemplate/HTTParty/Guzzle/wp_remote_post...) and the vendor's SDK verbs on a client held under any name carry
their arguments to it. scanner.code.sdkgen writes these blocks (`api-guard`, `api-sinks`) into the rule files.
"""

from __future__ import annotations

import re

from scanner.code import sdkcatalogue as sc
from scanner.code.sdkcatalogue import Catalogue, Http

_GENERIC = frozenset({"set", "setOnce", "set_once", "create", "create!", "update", "save", "event", "add", "get", "append",
                      "union", "merge", "push", "send", "track", "import", "deliver", "boot", "register", "page", "group",
                      "alias", "screen", "Update", "Import", "Event", "sendMessage", "enqueue", "Enqueue", "Track", "SetUser",
                      "setUser", "set_user", "users.create",
                      # error trackers' verbs are every logger's and notifier's: only on a client named for them
                      "notify", "context", "critical", "error", "warning", "warn", "info", "log", "debug", "configure",
                      "setContext", "set_context", "addMetadata", "setMetaData", "addToTab",
                      # the kinds' default calls ([kind.*]) that are every library's too: an Observable's subscribe,
                      # an ORM's upsert, a span's or a UI widget's tags and labels, a POJO's or React state's setters
                      "subscribe", "upsert", "record", "label", "set_tag", "set_tags", "setTag", "setTags", "SetTag",
                      "SetTags", "set_extra", "setExtra", "SetExtra", "set_extras", "setExtras", "SetExtras",
                      "SetContext", "set_label", "setLabel", "SetLabel", "addLabels", "setMetadata", "setAttributes",
                      "setAttribute", "setProperties", "createCustomer", "create_customer", "CreateCustomer",
                      "setProfile", "setIdentity", "setUserData", "setCustomer", "setUserInfo", "setUserName",
                      "setUserEmail", "setPerson", "set_person", "SetPerson", "login", "upload", "trigger", "Notify",
                      "CreateUser", "UpdateUser", "user_context", "execute", "addField", "addContext"})

# A mailer, queue, cache or store is not the HTTP client that reaches the vendor, nor is the environment or a
# settings object read by key (os.environ.get("SUPPORT_PHONE")).
# `(new OrderMailer())->send(...)` and `UserMailer.new(...).deliver` are mailers too.
_NOT_HTTP = (r"^(?!(?:.*(?:\.|->|::|new\s+|\())?[@$]?\\?\w*(?i:mail|smtp|sms|cache|redis|logger|queue|jobs?|repo|repository|dao|"
             r"store|bus|environ|config|settings)\w*(?:\.new)?(?:\([^()]*\))?\)?$)"
             # nor is the server's answer to its own client (Express/Helidon/Vert.x `res.send(...)`)
             r"(?!(?:.*(?:\.|->|::))?[@$]?(?:res|resp|response|reply|rsp)$)"
             # nor is a database handle (`s.DB.Create(&customer)`, `tx.Create(...)`)
             r"(?!(?:.*(?:\.|->|::))?[@$]?(?i:db|database|gorm|orm|tx|sqlx?|conn\.db)$)")



def api_guard(cat: Catalogue, lang: str) -> list[str]:
    return [f"- pattern-regex: {sc.q(sc.guard([w for v in cat.vendors for w in (*sc.tokens(v), *v.hosts)]))}"]


def api_sinks(cat: Catalogue, lang: str) -> list[str]:
    """YAML list items for HTTP requests sent from a file that talks to a vendor."""
    http = cat.http.get(lang, Http())
    words = [w for v in cat.vendors for w in (*sc.tokens(v), *v.words, *v.hosts) if len(w) > sc.SHORT]
    short = [w for v in cat.vendors for w in v.words if len(w) <= sc.SHORT]
    # A request to a URL named for another service (settings.PERMIT_OFFICE_URL) or written out for another
    # host ("https://crm.example.com/leads") is not the vendor's; a URL named for the vendor (AMPLITUDE_URL) or on
    # its host, a relative path on a vendor client, or any other expression is.
    # The URL expression may wrap the reference: f"{settings.X_URL}/orders", `${cfg.xUrl}/x`, X_URL + "/x".
    lead, tail = r"(?:[fr]?[\"'`]\$?\{)?", r"(?:\)?$|\}|\s*[+.]\s*)"
    named = (lead + r"(?:(?:[\w$]+(?:\.|->|::|\[[\"']?))+(?i:\w*(?:url|uri|endpoint|host)\w*)[\"']?\]?"
             r"|[A-Z0-9_]*(?:URL|URI|ENDPOINT|HOST)[A-Z0-9_]*)" + tail)
    generic = (lead + r"(?:[\w$]+(?:\.|->|::|\[[\"']?))*(?i:_*(?:base|api|service|root)?_?(?:url|uri|endpoint|host))"
               r"[\"']?\]?" + tail)
    vendor = rf"(?=.*(?i:{sc.alt(words)}|(?<![a-z])(?:{sc.alt(short)})(?![a-z])))"
    first = rf"^(?:{vendor}|(?={generic})|(?!{named})(?![fr]?[\"'`]https?://))"
    # The vendors' own SDK verbs too: in a file that imports the vendor, a client held under any name
    # (self.client.capture(...)) is the vendor's. Verbs every library has (set, create, update) are left out.
    verbs = sorted(({sc.path(lang, c)[-1] for v in cat.vendors if lang in v.langs
                     for c in (*v.langs[lang].calls, *v.langs[lang].any_receiver)}
                    # and the calls every vendor of a kind answers ([kind.<kind>]), for kinds that have vendors
                    | {sc.path(lang, c)[-1] for kind, langs in cat.kinds.items() if lang in langs and cat.of_kind(kind)
                       for c in langs[lang].calls}) - _GENERIC)
    out: list[str] = []
    if verbs:
        clients = [n for v in cat.vendors if cat.speaks(v, lang) for n in sc.client_names(v) if re.fullmatch(r"\w+", n)]
        long_names = sc.alt([n for n in clients if len(n) > sc.SHORT])
        short_names = sc.alt([n for n in clients if len(n) <= sc.SHORT])
        named = rf"(?i)^(?!.*(?:{long_names})|(?:.*[^a-z])?(?:{short_names})(?![a-z]))"
        out += _focused(lang, [f"$HTTP{sc.sep(lang)}$CALLEE(...)"], False)
        out += ["    - metavariable-regex:", "        metavariable: $CALLEE",
                f"        regex: {sc.q('^(?:' + sc.alt(verbs) + ')$')}",
                # A client named for the vendor is the SDK rule's; this one finds it under any other name.
                "    - metavariable-regex:", "        metavariable: $HTTP", f"        regex: {sc.q(named)}",
                "    - metavariable-regex:", "        metavariable: $HTTP", f"        regex: {sc.q(_NOT_HTTP)}"]
    for kind, calls in (("method", tuple(m for m in http.methods if "$" not in m)),
                        ("function", tuple(f for f in http.functions if "$" not in f))):
        if not calls:
            continue
        callee = f"$HTTP{sc.sep(lang)}$CALLEE" if kind == "method" else "$CALLEE"
        out += _focused(lang, [f"{callee}(...)"], lang != "go")
        if kind == "method":
            out += ["    - metavariable-regex:", "        metavariable: $HTTP", f"        regex: {sc.q(_NOT_HTTP)}"]
            out += [f"    - pattern-not-inside: {sc.q(p)}" for p in http.not_inside]
        out += ["    - metavariable-regex:", "        metavariable: $CALLEE",
                f"        regex: {sc.q('^(?:' + '|'.join(calls) + ')$')}"]
        if lang != "go":  # Go passes a context first: its URL is not in first place
            out += ["    - metavariable-regex:", "        metavariable: $FIRST", f"        regex: {sc.q(first)}"]
    raw = [f for f in (*http.methods, *http.functions) if "$" in f]
    if raw:
        out += _focused(lang, raw, True)
        out += ["    - metavariable-regex:", "        metavariable: $FIRST", f"        regex: {sc.q(first)}"]
    return out


def _focused(lang: str, calls: list[str], with_first: bool) -> list[str]:
    """A conjunction whose sink is each argument of the call ($ARG), not its receiver: Mail::to($email)->send()
    does not send the email to whoever `send` talks to. `$FIRST` is bound to the URL argument."""
    out = ["- patterns:", "    - focus-metavariable: $ARG", "    - pattern-either:"]
    for call in calls:
        head = call[: call.index("(")]
        args = "(..., $ARG, ...)"
        out.append(f"        - pattern: {sc.q(head + args)}")
        if lang == "python":
            out.append(f"        - pattern: {sc.q(head + '(..., $KW=$ARG, ...)')}")
        if lang == "ruby":
            out.append(f"        - pattern: {sc.q(head + '(..., $KW: $ARG, ...)')}")
    if with_first:
        out.append("    - pattern-either:")
        for call in calls:
            first = call if "$FIRST" in call else call[: call.index("(")] + "($FIRST, ...)"
            out.append(f"        - pattern: {sc.q(first)}")
    return out


__all__ = ["api_guard", "api_sinks"]
