"""The `claims` command line through Typer's CliRunner: exit codes, parseable stdout, errors on stderr."""

from __future__ import annotations

import csv
import io
import json

import yaml
from typer.testing import CliRunner

from conftest import SEEDS
from importai_claims import __version__
from importai_claims.cli.app import app
from importai_claims.models import Claim

runner = CliRunner()
SEED = str(SEEDS / "import-ai-401.txt")


def run(*args: str, input: str | None = None):
    return runner.invoke(app, list(args), input=input)


def test_version():
    result = run("--version")
    assert result.exit_code == 0 and result.stdout.strip() == f"claims {__version__}"


def test_help_lists_every_command_with_a_description():
    result = run("--help")
    assert result.exit_code == 0
    for command in ("extract", "stories"):
        line = next(l for l in result.stdout.splitlines() if l.strip().startswith(command))
        assert len(line.split()) > 2, line


def test_extract_yaml_is_the_default_and_validates():
    result = run("extract", SEED)
    assert result.exit_code == 0, result.stderr
    records = yaml.safe_load(result.stdout)
    assert records and all(Claim.model_validate(r) for r in records)
    assert [r["start"] for r in records] == sorted(r["start"] for r in records)


def test_extract_json_is_one_document():
    result = run("extract", SEED, "--format", "json")
    records = json.loads(result.stdout)
    assert isinstance(records, list) and {"id", "kind", "value", "text", "start", "end", "rule"} <= set(records[0])


def test_extract_jsonl_one_record_a_line():
    lines = run("extract", SEED, "-f", "jsonl").stdout.splitlines()
    assert lines and all(json.loads(line)["kind"] for line in lines)


def test_extract_csv_reads_back():
    rows = list(csv.DictReader(io.StringIO(run("extract", SEED, "-f", "csv").stdout)))
    assert rows and rows[0]["value"] and float(rows[0]["value"]) > 0
    assert "e+" not in "".join(r["value"] for r in rows)


def test_kind_filter():
    records = json.loads(run("extract", SEED, "-f", "json", "--kind", "speedup", "--kind", "money").stdout)
    assert records and {r["kind"] for r in records} <= {"speedup", "money"}


def test_output_file(tmp_path):
    out = tmp_path / "claims.json"
    result = run("extract", SEED, "-f", "json", "-o", str(out))
    assert result.exit_code == 0 and result.stdout == ""
    assert json.loads(out.read_text(encoding="utf-8"))
    assert out.stat().st_mode & 0o044, "an output file is readable by others, as files made by open() are"


def test_two_runs_are_byte_identical():
    for fmt in ("yaml", "json", "jsonl", "csv"):
        assert run("extract", str(SEEDS), "-f", fmt).stdout == run("extract", str(SEEDS), "-f", fmt).stdout


def test_stdin():
    text = (SEEDS / "import-ai-401.txt").read_text(encoding="utf-8")
    result = run("extract", "-", "-f", "json", input=text)
    assert result.exit_code == 0 and json.loads(result.stdout)


def test_stories_json():
    issues = json.loads(run("stories", SEED, "--format", "json").stdout)
    assert issues[0]["number"] == 401
    assert issues[0]["stories"][1]["title"] == "Sakana uses AI to make dramatically more efficient CUDA kernels:"


def test_missing_file_is_one_line_and_exit_1(tmp_path):
    result = run("extract", str(tmp_path / "nope.txt"))
    assert result.exit_code == 1
    assert result.stderr.strip().count("\n") == 0 and "no such file" in result.stderr


def test_unknown_format_is_a_usage_error():
    assert run("extract", SEED, "--format", "xml").exit_code == 2
    assert run("extract", SEED, "--kind", "vibes").exit_code == 2


def test_ids_survive_edits_to_other_stories():
    text = (SEEDS / "import-ai-401.txt").read_text(encoding="utf-8")
    before = {c["text"]: c["id"] for c in json.loads(run("extract", "-", "-f", "json", input=text).stdout)}
    edited = text.replace("Palisade Research has shown", "Palisade Research, a small lab, has recently shown")
    after = {c["text"]: c["id"] for c in json.loads(run("extract", "-", "-f", "json", input=edited).stdout)}
    assert before == after
