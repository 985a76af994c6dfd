"""The installed product, not the checkout: build the wheel, install it into a fresh venv outside the
repository and run `compliance-scan code` with the packaged rules and `compliance-scan demo` from a temp
directory. To stay fast the venv gets the wheel alone (`--no-deps`); its dependencies come from the
project's .venv through a .pth line. That line adds .venv's site-packages as a plain path, so the editable
install's own .pth hook is not run and `scanner` can only come from the wheel (asserted below)."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DEV_BIN = Path(sys.executable).parent  # semgrep lives beside the dev interpreter

pytestmark = [pytest.mark.slow]


def _run(cmd: list[str], cwd: Path, env: dict[str, str] | None = None, timeout: int = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout, check=False)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    cmd = [sys.executable, "-m", "build", "--wheel", "--outdir", str(out)]
    if importlib.util.find_spec("hatchling") is not None:
        cmd.append("--no-isolation")  # no download of the build backend when it is already here
    proc = _run([*cmd, str(ROOT)], cwd=out)
    assert proc.returncode == 0, proc.stderr[-2000:]
    (built,) = out.glob("compliance_scanner-*.whl")
    return built


@pytest.fixture(scope="module")
def venv(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("venv")
    env_dir = home / "env"
    proc = _run([sys.executable, "-m", "venv", "--without-pip", str(env_dir)], cwd=home)
    assert proc.returncode == 0, proc.stderr
    python = env_dir / "bin" / "python"
    site = Path(_run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], cwd=home).stdout.strip())
    (site / "_dev_dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    proc = _run([str(python), "-m", "pip", "install", "--no-deps", "--no-index", "-q", str(wheel)], cwd=home)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return env_dir


def _env(venv: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env["PATH"] = f"{venv / 'bin'}{os.pathsep}{DEV_BIN}{os.pathsep}{env.get('PATH', '')}"
    env["SEMGREP_ENABLE_VERSION_CHECK"] = "0"
    return env


def test_wheel_carries_rules_templates_schema_and_demo(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for required in (
        "scanner/rules/verdicts.toml",
        "scanner/schema/result.schema.json",
        "scanner/demo/policy.md",
        "scanner/demo/site/www.demo-shop.test/index.html",
        "scanner/demo/site/www.demo-shop.test/_routes.toml",
        "scanner/demo/site/www.googletagmanager.com/gtag/js",
        "scanner/demo/shop-src/db/migrations/001_saved_cards.sql",
        "reports/formats/templates/report.html.j2",
    ):
        assert required in names, f"the wheel lacks {required}"
    semgrep_rules = [n for n in names if n.startswith("scanner/rules/semgrep/") and n.endswith((".yaml", ".yml"))]
    repo_rules = list((ROOT / "rules" / "semgrep").rglob("*.y*ml"))
    assert len(semgrep_rules) >= len([p for p in repo_rules if p.suffix in (".yaml", ".yml")])


def test_installed_package_is_the_wheel_not_the_checkout(venv: Path, tmp_path: Path) -> None:
    code = "import scanner, scanner.resources as r; print(scanner.__file__); print(r.rules_dir())"
    proc = _run([str(venv / "bin" / "python"), "-c", code], cwd=tmp_path, env=_env(venv))
    assert proc.returncode == 0, proc.stderr
    module, rules = proc.stdout.split()
    assert Path(module).is_relative_to(venv) and Path(rules).is_relative_to(venv), proc.stdout


def test_code_scan_with_packaged_rules(venv: Path, tmp_path: Path) -> None:
    if not list((ROOT / "rules" / "semgrep").rglob("*.yaml")):
        pytest.skip("no Semgrep rules in rules/semgrep yet")
    project = tmp_path / "project"
    project.mkdir()
    (project / "signup.py").write_text(
        "import logging\n\nlogger = logging.getLogger(__name__)\n\n\n"
        "def signup(request):\n    email = request.POST['email']\n    logger.info('new subscriber %s', email)\n",
        encoding="utf-8",
    )
    (project / "schema.sql").write_text("CREATE TABLE cards (id INT, cvv VARCHAR(4));\n", encoding="utf-8")
    out = tmp_path / "out"
    proc = _run([str(venv / "bin" / "compliance-scan"), "code", "project", "--out", str(out), "--quiet"], cwd=tmp_path, env=_env(venv))
    assert proc.returncode == 0, proc.stderr
    result = json.loads((out / "result.json").read_text(encoding="utf-8"))
    categories = {f["category"] for f in result["code_findings"]}
    assert {"pii_logging", "card_security_code_storage"} <= categories, result["code_findings"]
    assert all(not Path(f["path"]).is_absolute() for f in result["code_findings"])


@pytest.mark.browser
@pytest.mark.semgrep
def test_demo_runs_from_the_installed_wheel(venv: Path, tmp_path: Path) -> None:
    proc = _run([str(venv / "bin" / "compliance-scan"), "demo", "--out", "demo-out"], cwd=tmp_path, env=_env(venv), timeout=240)
    assert proc.returncode == 1, f"exit {proc.returncode}: {proc.stderr[-3000:]}"
    out = tmp_path / "demo-out"
    assert (out / "result.json").is_file() and (out / "report.html").is_file()
    result = json.loads((out / "result.json").read_text(encoding="utf-8"))
    assert {"crawl", "code", "policy"} <= set(result["stages"])
    assert result["pages"] and result["code_findings"] and result["claims"]
    assert "Demo report:" in proc.stdout and "Finished in" in proc.stdout
