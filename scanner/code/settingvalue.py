"""What a value written in code or configuration comes to. An option is often given a setting rather than a literal:
`fleetbook.strictTls`, `c.get("trust-all").asBoolean().orElse(true)`, `ENV.fetch("X", "false") == "true"`,
`bool(process.env.GRIDPAY_STRICT_TLS, true)`, `${COUNCIL_TRUST_ALL:true}`, a local variable set from one. `Judge`
follows such an expression: a literal; a setting of the project's configuration (scanner.code.configvalues), whose
own value is followed in turn (a placeholder's variable, an environment read's default); a default written beside
the read (`orElse(true)`, `get("x", False)`, `default=False`, `?? false`, `.default('development')`); a negation,
cast or comparison of one; the value last assigned to a variable or field above. The settings that decided the
value are kept (`hops`), the one the code reads first. A value that cannot be followed is unknown (None).
"""

from __future__ import annotations

import re

from scanner.code.configvalues import CODE, Setting, Settings

_LIT = {"true": True, "1": True, "yes": True, "on": True,
        "false": False, "0": False, "no": False, "off": False, "nil": False, "null": False, "none": False}
_NONE_CONST = re.compile(r"(?i)(?:verify_none|cert_none)$")
_LITERAL = r"""(?:['"](?:[^'"\n]*)['"]|true|false|True|False|TRUE|FALSE|-?\d+|nil|null|None)"""
_PLACEHOLDER = re.compile(r"""^['"]?(?:\$\{|%env\((?:bool:)?)([\w.\-]+)(?::-?([^}]*))?[})]%?['"]?$""")
_CAST = re.compile(r"^(?:\((?:bool|boolean)\)\s*|!!\s*)(.+)$|^(?:bool|Boolean|boolval|to_bool|parse_bool|strtobool)"
                   r"\s*\((.+)\)$|^filter_var\s*\((.+?),\s*FILTER_VALIDATE_BOOL(?:EAN)?\s*\)$")
_NEGATION = re.compile(r"^(?:!(?!=)|not\s+)\s*(.+)$")
_COMPARE = re.compile(r"""^(.+?)\s*(===?|!==?)\s*(['"]?)([\w.\-]+)\3$|^(.+?)\.equals(?:IgnoreCase)?\(\s*(['"])(\w+)\6\s*\)$""")
_DEFAULT = re.compile(rf"""(?:orElse|default)\(\s*({_LITERAL})\s*\)|\w\s*\((?:[^()]|\([^()]*\))*?,\s*(?:default\s*=\s*)?({_LITERAL})\s*\)"""
                      rf"""|\bdefault\s*[=:]\s*({_LITERAL})|(?:\?\?|\|\||\?:)\s*({_LITERAL})\s*$""")
_SUBSCRIPT = re.compile(r"""\[\s*(?::|['"])([A-Za-z_][\w.\-]*)['"]?\s*\]""")
# (a settings gem's own dig may take a keyword default after the keys: dig(:lab, :ssl_verify_peer, default: false))
_DIG = re.compile(r"""\.dig\(\s*((?::\w+|['"]\w+['"])(?:\s*,\s*(?::\w+|['"]\w+['"]))*)(?:\s*,\s*\w+:\s*[^,()]+)*\s*\)""")
_CHAIN = re.compile(r"(?:\$?[A-Za-z_]\w*(?:\.|->|::))+[A-Za-z_][\w\-]*")
# a key named to a settings or environment read: get('x'), fetch("X", ...), env('X'), getenv, config('a.b'), read(...)
_READ = re.compile(r"""(?i)(?:get|fetch|env|getenv|config|read|value|param|option|setting|property)\w*\s*\(\s*"""
                   r"""['"]([A-Za-z_][\w.\-]*)['"]""")
# an INI section and its key named to a read: configparser's get("growers_coop", "base_url"), getboolean(...)
_SECTION_READ = re.compile(r"""\w\s*\(\s*['"]([A-Za-z_][\w\-]*)['"]\s*,\s*['"]([A-Za-z_][\w\-]*)['"]""")
_REFERENCE = re.compile(r"^(?:\$|@)?[A-Za-z_]\w*(?:(?:\.|->)[A-Za-z_]\w*)*$")
_BACK = 80
# files that document settings rather than set them
# an address written out and completed by code: its scheme and host are the literal's
_URL_BASE = re.compile(r"""(['"])(https?://[^'"\s]+)\1\s*(?:\+|\.(?![\w(]))""")
EXAMPLE = re.compile(r"(?i)(?:^|/)[^/]*[._-](?:example|sample|dist|template|tpl)(?:\.\w+)?$")
_INTERPOLATES = re.compile(r"\$\{|%env\(|<%|#\{|\benv\(")


def literal(text: str) -> bool | None:
    """The truth a literal spells (`false`, `'0'`, `:true`, `OpenSSL::SSL::VERIFY_NONE`), or None."""
    t = text.strip().strip("'\"`").lstrip(":").lower()
    if not re.fullmatch(r"[\w.:]+", t):  # one token: a ternary ending in VERIFY_NONE is no literal
        return None
    return _LIT.get(t, False if _NONE_CONST.search(t) else None)


def expression_at(line: str, start: int) -> tuple[str, str]:
    """The expression written from `start`: to the comma, semicolon or closing bracket at its own depth, and that end."""
    depth, quote = 0, ""
    for i in range(start, len(line)):
        ch = line[i]
        if quote:
            quote = "" if ch == quote else quote
        elif ch in "'\"`":
            quote = ch
        elif ch in "([{":
            depth += 1
        elif ch in ")]}" and depth:
            depth -= 1
        elif ch in ",;)]}" and not depth:
            return line[start:i].strip(), ch
    return line[start:].strip(), ""


class Judge:
    """What a value expression of one file comes to, and where that was decided."""

    def __init__(self, settings: Settings, project: str, lines: list[str], line: int,
                 plain: frozenset[str] = frozenset()) -> None:
        self.settings, self.project, self.lines, self.line, self.plain = settings, project, lines, line, plain
        self.hops: list[Setting] = []  # the settings that decided the value

    def truth(self, expr: str, depth: int = 0) -> bool | None:
        e = expr.strip().rstrip(",;").strip()
        if not e or depth > 5:
            return None
        if (lit := literal(e)) is not None:
            return lit
        if m := _CAST.match(e):
            return self.truth(m.group(1) or m.group(2) or m.group(3), depth + 1)
        if m := _NEGATION.match(e):
            inner = self.truth(m.group(1), depth + 1)
            return None if inner is None else not inner
        if m := _COMPARE.match(e):
            left, op, right = (m.group(1), m.group(2), m.group(4)) if m.group(1) else (m.group(5), "==", m.group(7))
            raw = self.raw(left, depth + 1)
            if raw is None:
                return None
            same = raw.strip().strip("'\"").lower() == right.lower()
            return same if op.startswith("=") else not same
        raw = self.raw(e, depth + 1)
        return None if raw is None else literal(raw)

    def raw(self, expr: str, depth: int) -> str | None:
        """The scalar text an expression holds: a literal, a placeholder's or a setting's value, a written default."""
        e = expr.strip()
        if depth > 5 or not e:
            return None
        # (a placeholder first: quoted, `'%env(bool:COURIER_VERIFY_PEER)%'` is no literal)
        if m := _PLACEHOLDER.match(e):
            found = self._setting(m.group(1), depth, examples=m.group(2) is None)
            return found if found is not None else m.group(2)
        if literal(e) is not None or re.fullmatch(r"""['"][^'"]*['"]|-?\d+""", e):
            return e.strip("'\"")
        if m := _URL_BASE.match(e):  # `"https://capi.example.com/v1/" + props.tagId()`: the address is the literal's
            return m.group(2)
        if _REFERENCE.match(e) and (assigned := self._assigned(e)):
            return self.raw(assigned, depth + 1)
        written = _DEFAULT.search(e) is not None
        for key in self._keys(e):
            found = self._setting(key, depth, examples=not written)
            if found is not None:
                return found
        if m := _DEFAULT.search(e):
            return next(g for g in m.groups() if g).strip("'\"")
        if _CAST.match(e) or _COMPARE.match(e) or _NEGATION.match(e):
            truth = self.truth(e, depth + 1)
            return None if truth is None else str(truth).lower()
        return None

    def _setting(self, key: str, depth: int, examples: bool = True) -> str | None:
        """The value of the setting `key` reads; every setting of that key that gives the same value is a hop (a
        settings module's default and the .env line that sets it again). An example file (.env.example,
        config.sample.yml) documents a value and sets none: it answers only a read with no default of its own."""
        value: str | None = None
        found: list[Setting] = []
        for setting in self.settings.find(key, self.project, self.plain):
            if not examples and EXAMPLE.search(setting.rel):
                continue
            # a YAML, .env or properties value is the text itself unless it interpolates something
            plain = not setting.rel.endswith(CODE) and not _INTERPOLATES.search(setting.value)
            own = (setting.value.strip().strip("'\"") or None) if plain else self.raw(setting.value, depth + 1)
            if own is not None and value in (None, own):
                value = own
                found.append(setting)
        self.hops[:0] = found  # outermost first: the settings the code reads, then what they read
        return value

    @staticmethod
    def _keys(e: str) -> list[str]:
        """The settings an expression may read, most particular first: its member chains with subscripts folded in
        (`settings.WAVEPAY["VERIFY_TLS"]` is WAVEPAY.VERIFY_TLS, not any VERIFY_TLS), then the keys that setting
        reads name (`config.get('council.verify_tls')`, `ENV.fetch("X", ...)`; not any quoted word: an enum's
        choices name no setting)."""
        # Ruby's dig(:a, :b) and fetch chains read nested keys: partners.dig(:tuition_gateway, :verify_ssl)
        e = _DIG.sub(lambda m: "." + ".".join(re.findall(r"\w+", m.group(1))), e)
        e = re.sub(r"\.(?:to_s|to_i|to_sym|to_str|presence|downcase|strip)\b(?:\(\))?", "", e)  # conversions name no key
        folded = _SUBSCRIPT.sub(r".\1", e).replace("()", "")  # getters read like fields: props.partner().url()
        chains = sorted((m.group(0) for m in _CHAIN.finditer(folded)), key=len, reverse=True)
        sections = [f"{a}.{b}" for a, b in _SECTION_READ.findall(folded)]
        return [k for k in [*chains, *sections, *_READ.findall(folded)] if literal(k) is None]

    def _assigned(self, ref: str) -> str | None:
        """The value last given to a local variable or field above the option (`boolean trustAll = ...;`)."""
        name = re.escape(re.sub(r"^(?:\$this->|this\.|self\.|@|\$)", "", ref))
        pattern = re.compile(rf"(?:^|[\s(,])(?:\$this->|this\.|self\.|@|\$)?{name}\s*(?::[\w\[\]. |]+)?(?::=|=(?![=>~]))"
                             rf"\s*(?P<v>[^;\n]+?)\s*;?\s*$")
        for i in range(self.line - 2, max(-1, self.line - 2 - _BACK), -1):
            m = pattern.search(self.lines[i]) if i < len(self.lines) else None
            if m:
                return m.group("v")
        return None


__all__ = ["EXAMPLE", "Judge", "Setting", "expression_at", "literal"]
