"""Golden files: the full pipeline's records for every seed issue, one JSON record a line.

A change to any rule shows up here as a diff of records. Rewrite them only on purpose, with
`pytest tests/test_golden.py --update-golden`, and read the diff before committing it.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import SEEDS, TESTS, read_source
from importai_claims import extract

GOLDEN = TESTS / "golden"
SEED_FILES = sorted(SEEDS.glob("*.txt"))


def records(path: Path) -> str:
    return "".join(json.dumps(c.model_dump(mode="json"), ensure_ascii=False, sort_keys=True) + "\n"
                   for c in extract(read_source(path)))


@pytest.mark.parametrize("seed", SEED_FILES, ids=lambda p: p.stem)
def test_seed_matches_its_golden_file(seed, update_golden):
    golden = GOLDEN / f"{seed.stem}.jsonl"
    now = records(seed)
    if update_golden:
        golden.write_text(now, encoding="utf-8")
    assert golden.exists(), f"no golden file for {seed.name}: run pytest --update-golden"
    assert now.splitlines() == golden.read_text(encoding="utf-8").splitlines()
