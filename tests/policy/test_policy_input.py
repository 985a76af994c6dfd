"""Bad policy input ends in one clear line naming the file, never a traceback: empty, binary, huge, PDF,
non-English, badly encoded, a directory; good input in other encodings and HTML is read."""

from __future__ import annotations

from pathlib import Path

import pytest

from scanner.cli import main
from scanner.errors import ConfigError
from scanner.policy.text import load_file

ENGLISH = "We collect your name and email address when you register. We do not sell your personal information. " * 5


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.txt", b"   \n\n", "empty"),
        ("binary.txt", bytes(range(256)) * 40, "binary"),
        ("doc.txt", b"%PDF-1.7\n" + b"x" * 100, "PDF"),
        ("huge.txt", b"We collect data. " * 400_000, "too large"),
        (
            "german.txt",
            ("Wir erheben Ihre Daten und die Daten werden nicht mit Dritten geteilt, sie sind sicher und " * 10).encode(),
            "German",
        ),
        ("broken.txt", ENGLISH.encode() + b"\xff\xfe\x81\x00\x9d" * 40 + b"\x00", "binary"),
        ("wide.txt", b"\xff\xfe\x00\x00garbage", "UTF-16"),
    ],
)
def test_bad_input_is_one_clear_line(tmp_path: Path, name: str, content: bytes, message: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ConfigError) as info:
        load_file(path)
    text = str(info.value)
    assert message in text and str(path) in text and "\n" not in text


def test_undecodable_text_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "mixed.txt"
    path.write_bytes(("Caf\u00e9 policy. " + ENGLISH).encode("utf-8") + b" \xe9\x80\xe9 " + "\u20ac".encode() + b"\xc3")
    try:
        text, _ = load_file(path)
    except ConfigError as exc:
        assert str(path) in str(exc) and "\n" not in str(exc)
    else:  # charset detection may find a clean single-byte reading; then the text must still be usable
        assert "We collect your name" in text


def test_latin1_and_utf16_files_are_decoded(tmp_path: Path) -> None:
    latin = tmp_path / "latin.txt"
    latin.write_bytes(("Caf\u00e9 Ren\u00e9 privacy notice. " + ENGLISH).encode("cp1252"))
    assert load_file(latin)[0].startswith("Caf\u00e9 Ren\u00e9")
    wide = tmp_path / "wide.txt"
    wide.write_bytes(ENGLISH.encode("utf-16"))
    assert load_file(wide)[0].startswith("We collect")


def test_html_file_is_cleaned_keeping_headings(tmp_path: Path) -> None:
    page = tmp_path / "policy.html"
    page.write_text(
        "<html><body><nav><a href='/'>Home</a><a href='/shop'>Shop</a></nav><main><h1>Privacy Policy</h1>"
        "<h2>Cookies</h2><p>We use cookies to remember your cart.</p><h2>Selling</h2><p>We do not sell your personal data.</p>"
        f"<p>{ENGLISH}</p></main><footer>Copyright</footer></body></html>",
        encoding="utf-8",
    )
    text, is_html = load_file(page)
    assert is_html and "## Cookies" in text and "Home" not in text and "Copyright" not in text


def test_cli_reports_bad_policy_in_one_line_with_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "empty.md"
    empty.write_text("")
    code = main(["policy", str(empty), "--out", str(tmp_path / "out"), "--quiet"])
    err = capsys.readouterr().err.strip()
    assert code == 2
    assert len(err.splitlines()) == 1 and "empty" in err and "Traceback" not in err


def test_directory_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="directory"):
        load_file(tmp_path)
