"""Running the CLI in tests, and editing real seed text."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from importai_claims.cli.app import app
from importai_claims.pipeline import parse


def run(*args: str | Path):
    return CliRunner().invoke(app, [str(a) for a in args])


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8", newline="")
    return path


def story_chunks(text: str) -> tuple[str, list[str], str]:
    """The text cut at the start of each story, as the segmenter finds them: what comes before
    the first story, the stories but the last (each up to where the next one starts), and the
    rest from the last story on (fiction or essay, as a rule, and the sign-off)."""
    starts = [s.start for s in parse(text)[0].stories]
    assert len(starts) >= 3, "too few stories to move"
    chunks = [text[a:b] for a, b in zip(starts, starts[1:])]
    return text[:starts[0]], chunks, text[starts[-1]:]


def insert_story(text: str, before: int, new: str) -> str:
    """The text with `new` (a whole story, with its break) inserted before story `before`."""
    head, stories, tail = story_chunks(text)
    stories.insert(before, new)
    return head + "".join(stories) + tail
