"""`claims export`: the tidy CSV of benchmark scores, read back with csv and pandas."""

from __future__ import annotations

import csv
import io

import pandas as pd
import pytest

from cli_helpers import run
from conftest import SEEDS, read_source
from importai_claims.export import EXPORT_COLUMNS, export_csv, export_row
from importai_claims.models import Kind
from importai_claims.pipeline import extract
from importai_claims.writers import plain_number

SEED_FILES = sorted(SEEDS.glob("*.txt"))


@pytest.fixture(scope="module")
def scores():
    return [c for p in SEED_FILES for c in extract(read_source(p), kinds=[Kind.benchmark_score])]


@pytest.fixture()
def exported(tmp_path):
    out = tmp_path / "scores.csv"
    result = run("export", SEEDS, "-o", out)
    assert result.exit_code == 0, result.stderr
    return out


def test_every_benchmark_score_in_the_seeds_is_one_row(exported, scores):
    with open(exported, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert tuple(rows[0]) == EXPORT_COLUMNS
    assert [r["id"] for r in rows] == [c.id for c in scores] and scores
    for row, claim in zip(rows, scores):
        assert row["subject"] == (claim.subject or "") and row["benchmark"] == (claim.benchmark or "")
        assert row["story"] == claim.story.title and row["issue"] == str(claim.issue)
        assert row["value"] == plain_number(claim.value) and row["text"] == claim.text
    assert any(r["subject"] and r["benchmark"] for r in rows)


def test_the_columns_are_fixed_and_documented():
    import importai_claims.export as module

    assert EXPORT_COLUMNS == ("issue", "story", "subject", "benchmark", "metric", "value", "value_max",
                              "unit", "bound", "text", "sentence", "id")
    assert all(f"| {col} |" in module.__doc__ for col in EXPORT_COLUMNS)


def test_it_reads_back_with_pandas_without_loss(exported, scores):
    numbers = pd.read_csv(exported)
    assert list(numbers.columns) == list(EXPORT_COLUMNS)
    assert numbers["value"].tolist() == [c.value for c in scores]
    assert numbers["issue"].tolist() == [c.issue for c in scores]
    highs = [c.value_max for c in scores]
    assert [None if pd.isna(v) else v for v in numbers["value_max"]] == highs
    text = pd.read_csv(exported, dtype=str, keep_default_na=False)
    for column in ("story", "subject", "benchmark", "metric", "unit", "bound", "text", "sentence", "id"):
        expected = [str(export_row(c)[column] or "") for c in scores]
        assert text[column].tolist() == expected, column


def test_numbers_are_plain_and_formulas_neutralised(scores):
    claim = scores[0].model_copy(update={"value": 8e10, "value_max": 3e25, "subject": "=HYPERLINK(\"x\")",
                                         "benchmark": "+SUM(A1)", "metric": "@cmd", "text": "-5%"})
    [header, row] = list(csv.reader(io.StringIO("".join(export_csv([claim])))))
    cells = dict(zip(header, row))
    assert cells["value"] == "80000000000" and cells["value_max"] == "3" + "0" * 25
    assert cells["subject"] == "'=HYPERLINK(\"x\")" and cells["benchmark"] == "'+SUM(A1)"
    assert cells["metric"] == "'@cmd" and cells["text"] == "'-5%"


def test_kind_chooses_other_kinds(tmp_path):
    result = run("export", SEEDS / "import-ai-400.txt", "--kind", "speedup", "--kind", "money")
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    expected = extract(read_source(SEEDS / "import-ai-400.txt"), kinds=[Kind.speedup, Kind.money])
    assert [r["id"] for r in rows] == [c.id for c in expected] and rows


def test_a_missing_input_is_one_line_and_exit_1(tmp_path):
    result = run("export", tmp_path / "nope.txt")
    assert result.exit_code == 1 and "nope.txt" in result.stderr
