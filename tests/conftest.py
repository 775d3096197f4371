"""Shared fixtures: the bundled seeds, the gold copy, and the multi-issue fixture."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
SEEDS = ROOT / "seeds"
GOLD = ROOT / "data" / "gold"
FIXTURES = TESTS / "fixtures"
sys.path.insert(0, str(TESTS))  # test helpers such as accuracy.py


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
