"""Which paths the semgrep run leaves out. Semgrep's own default ignore list (used when the project root has no
.semgrepignore) drops every directory named `vendor/` at any depth: right for a dependency tree (Composer's
`vendor/` beside composer.json, Go's beside go.mod, Bundler's `vendor/bundle`), wrong for application code in a
Java package or a Go package of that name (`com/acme/shop/vendor/CrmClient.java`, `internal/vendor/crm.go`), whose
requests to third parties are exactly what the pii_to_third_party rules are for. So the run is told to read no
.semgrepignore itself (`--x-ignore-semgrepignore-files`) and gets the same choices as excludes from here: the
project's .semgrepignore files (nested ones anchored to their directory), and semgrep's default list, with `vendor/`
narrowed to the vendor directories that are dependency trees, unless the root has its own file.
"""

from __future__ import annotations

import os
from pathlib import Path

from scanner.code.walk import ALWAYS_SKIPPED, semgrepignore_lines

# semgrep 1.x's built-in list but vendor/ (read from semgrep-core: large and generated paths, package managers,
# test paths)
DEFAULT = ("build/", "dist/", "*.min.js", ".env/", ".tox/", "node_modules/", ".npm/", ".yarn/", ".venv/", "_opam/",
           "_build/", "_cargo/", "test/", "tests/", "testsuite/", "*_test.go")
# a vendor directory beside one of these, or holding one of the others, is a package manager's
_MANIFESTS = ("composer.json", "go.mod", "Gemfile", "Gemfile.lock", "Gopkg.toml", "glide.yaml")
_INSIDE = ("autoload.php", "modules.txt", "bundle", "composer")
_PRUNED = frozenset(p.strip("/") for p in DEFAULT if p.endswith("/")) | ALWAYS_SKIPPED
FLAG = "--x-ignore-semgrepignore-files"


def excludes(root: Path, targets: tuple[str, ...] = (".",)) -> list[str]:
    """The exclude patterns (gitignore syntax, relative to root) standing in for semgrep's .semgrepignore handling
    of a run over `targets` (relative to root)."""
    root = root.resolve()
    rooted = (root / ".semgrepignore").is_file()
    ignore_files = [""] if rooted else []
    vendors: list[str] = []
    top = str(root)
    for target in targets:
        start = (root / target).resolve()
        if not start.is_dir() or not start.is_relative_to(root):
            continue
        for dirpath, dirnames, filenames in os.walk(start):
            here = dirpath[len(top) + 1:]  # "" at the root
            if here and ".semgrepignore" in filenames:
                ignore_files.append(here)
            dirnames[:] = sorted(d for d in dirnames if d not in _PRUNED and not d.startswith("."))
            if "vendor" in dirnames and _dependencies(Path(dirpath), here, filenames):
                vendors.append(f"{here}/vendor" if here else "vendor")
                dirnames.remove("vendor")
    own = [p for here in ignore_files for p in _patterns(root, here)]
    # (as semgrep does: the project's own root .semgrepignore replaces the default list)
    if rooted:
        return own
    return [*DEFAULT, *(f"/{v}/" for v in vendors), *own]


def _dependencies(parent: Path, here: str, files: list[str]) -> bool:
    """Whether parent's vendor directory is a package manager's: at the root, beside a manifest, or holding its
    marks."""
    if not here or any(m in files for m in _MANIFESTS):
        return True
    try:
        return bool(set(os.listdir(parent / "vendor")) & set(_INSIDE))
    except OSError:
        return False


def _patterns(root: Path, here: str) -> list[str]:
    """The patterns of the .semgrepignore in `here`; a nested file's anchored to its directory."""
    out = []
    for line in semgrepignore_lines(root / here if here else root):
        pattern = line.strip()
        if pattern and not pattern.startswith(("#", "!")):
            out.append(_anchored(here, pattern) if here else pattern)
    return out


def _anchored(here: str, pattern: str) -> str:
    # gitignore: a pattern with a slash before its end is relative to its file's directory; one without matches
    # at any depth below it
    if "/" in pattern.rstrip("/"):
        return f"/{here}/{pattern.lstrip('/')}"
    return f"/{here}/**/{pattern}"


__all__ = ["DEFAULT", "FLAG", "excludes"]
