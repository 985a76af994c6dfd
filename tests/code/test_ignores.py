"""Which paths the semgrep run leaves out (scanner.code.ignores): application code in a package named `vendor` is
scanned, a package manager's vendor tree and semgrep's usual large and test paths are not, and the project's own
.semgrepignore files (nested ones too) decide when there are any. One real semgrep run over a small tree."""

from __future__ import annotations

from pathlib import Path

import pytest

from scanner.code import scan_code
from scanner.code.ignores import DEFAULT, excludes
from scanner.config import CodeConfig

_LOGGED = 'package x\n\nfunc f(c Customer) {\n\tlog.Printf("new customer %s", c.Email)\n}\n'
_JAVA = ('package com.acme.shop.vendor;\n\nclass CrmClient {\n    void add(Customer c) {\n'
         '        log.info("adding " + c.getEmail());\n    }\n}\n')


def _tree(root: Path, files: dict[str, str]) -> None:
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def test_dependency_vendor_trees_only(tmp_path: Path) -> None:
    _tree(tmp_path, {
        "go.mod": "module x\n", "vendor/lib/a.go": _LOGGED,  # Go's module vendor directory
        "web/composer.json": "{}\n", "web/vendor/autoload.php": "<?php\n",  # Composer's, beside its manifest
        "gems/vendor/bundle/x.rb": "", "internal/vendor/crm.go": _LOGGED,  # Bundler's by its mark; app code
        "src/main/java/com/acme/shop/vendor/CrmClient.java": _JAVA,
    })
    got = excludes(tmp_path)
    assert got[:len(DEFAULT)] == list(DEFAULT)
    assert sorted(got[len(DEFAULT):]) == ["/gems/vendor/", "/vendor/", "/web/vendor/"]


def test_the_projects_own_semgrepignore_replaces_the_defaults(tmp_path: Path) -> None:
    _tree(tmp_path, {".semgrepignore": "# ours\ngenerated/\n", "svc/.semgrepignore": "fixtures/\n/local.go\n",
                     "svc/a.go": ""})
    assert excludes(tmp_path) == ["generated/", "/svc/**/fixtures/", "/svc/local.go"]
    # a nested file alone adds to the defaults
    (tmp_path / ".semgrepignore").unlink()
    assert excludes(tmp_path) == [*DEFAULT, "/svc/**/fixtures/", "/svc/local.go"]


@pytest.mark.semgrep
def test_application_code_in_a_vendor_package_is_scanned(tmp_path: Path) -> None:
    _tree(tmp_path, {
        "go.mod": "module x\n", "vendor/lib/a.go": _LOGGED, "internal/vendor/crm.go": _LOGGED,
        "internal/api/h.go": _LOGGED, "build/gen.go": _LOGGED, "internal/api/h_test.go": _LOGGED,
        "src/main/java/com/acme/shop/vendor/CrmClient.java": _JAVA,
    })
    result = scan_code(CodeConfig(paths=[tmp_path], literals=False), None)
    got = sorted({f.path for f in result.code_findings if f.category == "pii_logging"})
    assert got == ["internal/api/h.go", "internal/vendor/crm.go", "src/main/java/com/acme/shop/vendor/CrmClient.java"]
