"""Running the CLI in tests, and editing real seed text."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from importai_claims.cli.app import app

STORY_BREAK = "\n***\n"


def run(*args: str | Path):
    return CliRunner().invoke(app, [str(a) for a in args])


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8", newline="")
    return path


def insert_after_story(text: str, story: int, new: str) -> str:
    """The text with `new` (a whole story) inserted after the `story`-th "***" break."""
    parts = text.split(STORY_BREAK)
    assert len(parts) > story + 1, "not enough stories"
    parts.insert(story + 1, new)
    return STORY_BREAK.join(parts)
