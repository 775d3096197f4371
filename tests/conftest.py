"""Shared fixtures: the bundled seeds, the gold copy, and the multi-issue fixture."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
SEEDS = ROOT / "seeds"
GOLD = ROOT / "data" / "gold"
FIXTURES = TESTS / "fixtures"
sys.path.insert(0, str(TESTS))  # test helpers such as accuracy.py


# The characters IGNORECASE reads as s, k and i besides their two cases (vocab.ODD_LETTERS).
ODD_CASES = {"s": "ſ", "k": "\u212a", "i": "İ"}


def mangle(word: str, rng: random.Random, cuts: tuple[float, float, float] = (0.2, 0.4, 0.6)) -> str:
    """`word` in upper case, capitalised, with some of its s, k and i written as IGNORECASE also
    reads them, or as it is: by one draw of `rng` against the three cumulative `cuts`. For texts
    of a pattern's own words, in every case, that test a quick check before the pattern."""
    r = rng.random()
    if r < cuts[0]:
        return word.upper()
    if r < cuts[1]:
        return word.capitalize()
    if r < cuts[2]:
        return "".join(ODD_CASES.get(c, c) if rng.random() < 0.5 else c for c in word)
    return word


def read_source(path: Path) -> str:
    """A file's text exactly as the scorer reads it (no newline translation)."""
    with open(path, encoding="utf-8", newline="") as f:
        return f.read()


@pytest.fixture(scope="session")
def seed_texts() -> dict[str, str]:
    return {p.name: read_source(p) for p in sorted(SEEDS.glob("*.txt"))}


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true",
                     help="rewrite tests/golden/*.jsonl from the current extractor (review the diff)")


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))
