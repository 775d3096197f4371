"""Accuracy over the gold annotations in data/gold: the floors of issues 2 and 3.

A regression in any kind, in evidence, in story titles or in context attribution fails here.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from accuracy import Tally, norm
from conftest import GOLD, ROOT, SEEDS, read_source
from importai_claims import extract, parse

GOLD_FILES = sorted(GOLD.glob("*.json"))
SHARED_GOLD = ROOT.parent / "shared" / "gold"


@pytest.fixture(scope="module")
def scored() -> tuple[Tally, list[dict], list[tuple[str, str]]]:
    tally, evidence_errors, titles = Tally(), [], []
    for path in GOLD_FILES:
        gold = json.loads(path.read_text(encoding="utf-8"))
        text = read_source(SEEDS / gold["file"])
        pred = [c.model_dump(mode="json") for c in extract(text)]
        evidence_errors += [p for p in pred if text[p["start"]:p["end"]] != p["text"]]
        tally.add(gold["claims"], pred)
        found = {norm(s.title) for issue in parse(text) for s in issue.stories}
        titles += [(gold["file"], t) for t in gold["stories"] if norm(t) not in found]
    return tally, evidence_errors, titles


def test_gold_files_present():
    assert len(GOLD_FILES) >= 6


@pytest.mark.skipif(not SHARED_GOLD.is_dir(), reason="no ../shared/gold beside this checkout")
def test_gold_copy_is_identical_to_shared():
    shared = {p.name: p.read_bytes() for p in SHARED_GOLD.glob("*.json")}
    ours = {p.name: p.read_bytes() for p in GOLD_FILES}
    assert ours == shared


def test_typed_f1_overall(scored):
    tally, _, _ = scored
    assert tally.typed_f1() >= 0.90, tally.kinds


def test_typed_f1_per_kind(scored):
    tally, _, _ = scored
    low = {k: round(Tally.f1(*row), 3) for k, row in tally.kinds.items() if row[2] >= 10 and Tally.f1(*row) < 0.85}
    assert low == {}


def test_no_evidence_errors(scored):
    _, errors, _ = scored
    assert errors == []


def test_story_titles_found(scored):
    _, _, missing = scored
    total = sum(len(json.loads(p.read_text(encoding="utf-8"))["stories"]) for p in GOLD_FILES)
    assert 1 - len(missing) / total >= 0.95, missing


@pytest.mark.parametrize("field,floor", [("subject", 0.80), ("benchmark", 0.85), ("bound", 0.90), ("baseline", 0.70)])
def test_context_attribution(scored, field, floor):
    tally, _, _ = scored
    assert tally.attribute(field) >= floor, tally.attributes[field]
