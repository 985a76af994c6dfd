"""The result schema is generated from the model and committed; they must agree, and results validate."""

from __future__ import annotations

import json

import jsonschema
import pytest

from scanner import model, schema, serde


def test_committed_schema_matches_model() -> None:
    assert schema.SCHEMA_FILE.read_text(encoding="utf-8") == schema.schema_text(), (
        "scanner/schema/result.schema.json is stale: run python -m scanner.schema"
    )


def _sample() -> model.ScanResult:
    return model.ScanResult(
        tool={"name": "compliance-scanner", "version": "0"},
        stages=("crawl", "code", "policy"),
        phases=("initial",),
        pages=(model.Page(url="https://a.test/", status=200),),
        cookies=(model.Cookie(name="_ga", domain=".a.test", party="first", secure=True, http_only=False, same_site="Lax",
                              expires="2027-01-01T00:00:00+00:00", provenance=model.Provenance("script", "https://g.test/a.js")),),
        requests=(model.Request(url="https://g.test/c?x=1", method="GET", host="g.test", site="g.test", party="third",
                                resource_type="image", tracker=model.Tracker("Google", "analytics"), beacon=True,
                                params={"x": "1"}),),
        code_findings=(model.CodeFinding(rule_id="r", category="card_number_storage", path="a.py", line=3,
                                         severity="critical", snippet="card_number = ...", claims=("stores_full_card_number",)),),
        claims=(model.Claim(id="c1", type="uses_cookies", polarity="affirm", modality="definite", text="We use cookies.",
                            start=0, end=15),),
        verdicts=(model.Verdict(id="v1", claim_id="c1", status="consistent", severity="info",
                                evidence=(model.EvidenceRef("cookies", 0, "_ga"),)),),
        gate=model.Gate(passed=True),
    )


def test_round_trip_and_validation() -> None:
    result = _sample()
    data = json.loads(serde.dumps(result))
    schema.validate(data)
    assert serde.from_dict(model.ScanResult, data) == result


def test_schema_rejects_bad_values() -> None:
    data = json.loads(serde.dumps(_sample()))
    data["cookies"][0]["party"] = "fourth"
    with pytest.raises(jsonschema.ValidationError):
        schema.validate(data)
    data = json.loads(serde.dumps(_sample()))
    data["code_findings"][0]["category"] = "something_else"
    with pytest.raises(jsonschema.ValidationError):
        schema.validate(data)
    data = json.loads(serde.dumps(_sample()))
    del data["pages"]
    with pytest.raises(jsonschema.ValidationError):
        schema.validate(data)


def test_load_result_errors(tmp_path: object) -> None:
    from pathlib import Path

    base = Path(str(tmp_path))
    (base / "x.json").write_text("{not json")
    with pytest.raises(ValueError, match=r"x\.json: not a readable JSON result"):
        serde.load_result(base / "x.json")
    (base / "y.json").write_text('{"schema_version": "9"}')
    with pytest.raises(ValueError, match="schema_version '9'"):
        serde.load_result(base / "y.json")
