"""`claims schema` and `claims validate`: the claim record's JSON Schema, and files checked against it."""

from __future__ import annotations

import json

import pytest
import yaml

from cli_helpers import run, write
from conftest import SEEDS
from importai_claims.models import Claim
from importai_claims.records import RecordsError, load_claims, looks_like_records

SEED = SEEDS / "import-ai-401.txt"


@pytest.fixture()
def claims_yaml(tmp_path):
    path = tmp_path / "claims.yaml"
    assert run("extract", SEED, "-o", path).exit_code == 0
    return path


def test_schema_is_the_claim_models():
    result = run("schema")
    assert result.exit_code == 0
    schema = json.loads(result.stdout)
    assert schema["$schema"].endswith("2020-12/schema") and schema["type"] == "object"
    assert set(schema["properties"]) == set(Claim.model_fields)
    assert {"id", "kind", "value", "unit", "text", "start", "end"} <= set(schema["required"])
    assert schema["additionalProperties"] is False


@pytest.mark.parametrize("fmt", ["yaml", "json", "jsonl"])
def test_a_file_written_by_claims_is_valid(tmp_path, fmt):
    path = tmp_path / f"claims.{fmt}"
    run("extract", SEED, "--format", fmt, "-o", path)
    result = run("validate", path)
    assert result.exit_code == 0, result.stdout
    assert result.stdout.strip().endswith("valid")


def test_a_hand_broken_file_is_rejected_naming_record_and_field(tmp_path, claims_yaml):
    records = yaml.safe_load(claims_yaml.read_text(encoding="utf-8"))
    assert len(records) >= 3
    del records[1]["unit"]
    records[2]["value"] = "a lot"
    broken = write(tmp_path / "broken.yaml", yaml.safe_dump(records, allow_unicode=True, sort_keys=False))
    result = run("validate", broken)
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert f"{broken}: record 1: unit: Field required" in lines
    assert any(line.startswith(f"{broken}: record 2: value: Input should be a valid number") for line in lines)
    assert len(lines) == 2


def test_other_problems(tmp_path, claims_yaml):
    records = yaml.safe_load(claims_yaml.read_text(encoding="utf-8"))
    records[1]["id"] = records[0]["id"]
    records[0]["kind"] = "vibes"
    records[0]["story"] = {"index": -1, "title": "x"}
    records[2]["colour"] = "blue"
    path = write(tmp_path / "bad.json", json.dumps([*records, 7]))
    out = run("validate", path).stdout
    for expected in ("record 0: kind:", "record 0: story.index:", "record 1: id:", "record 2: colour:",
                     f"record {len(records)}: (record): not a mapping"):
        assert f"{path}: {expected}" in out


@pytest.mark.parametrize("text,message", [("[{", "not valid JSON"), ("a: [", "not valid YAML"),
                                          ("{}\n{", "line 2"), ("a: 1\n", "not a dict")])
def test_text_that_is_no_claims_file_is_one_line_and_exit_1(tmp_path, text, message):
    result = run("validate", write(tmp_path / "x.yaml", text))
    assert result.exit_code == 1 and message in result.stderr and result.stderr.count("\n") == 1


def test_load_claims_refuses_invalid_records():
    with pytest.raises(RecordsError, match="record 0: id"):
        load_claims('[{"value": 1}]')


@pytest.mark.parametrize("text,expected", [("[]", True), ("- id: x\n", True), ('{"id": 1}\n', True),
                                           ("Import AI 400: Title\n\nText: more\n", False),
                                           ("# Import AI 400: Title\n", False), ("", False)])
def test_claims_files_are_told_from_issues_by_content(text, expected):
    assert looks_like_records(text) is expected


def test_every_file_is_checked_even_after_one_that_cannot_be_read(tmp_path, claims_yaml):
    result = run("validate", tmp_path / "missing.yaml", claims_yaml)
    assert result.exit_code == 1
    assert "missing.yaml" in result.stderr and result.stdout.strip().endswith("valid")
