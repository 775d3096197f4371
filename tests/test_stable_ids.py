"""Ids come from a claim's content: edits elsewhere in the issue leave them as they are."""

from __future__ import annotations

import pytest

from cli_helpers import insert_story, run, story_chunks, write
from conftest import SEEDS, read_source
from importai_claims.diff import diff_claims
from importai_claims.pipeline import extract

SEED_NAMES = sorted(p.name for p in SEEDS.glob("*.txt"))


def ids(text: str) -> dict[str, tuple]:
    found = {c.id: (c.kind, c.value, c.value_max, c.text) for c in extract(text)}
    return found


@pytest.mark.parametrize("name", SEED_NAMES)
def test_ids_are_unique(name):
    claims = extract(read_source(SEEDS / name))
    assert len({c.id for c in claims}) == len(claims)


@pytest.mark.parametrize("name", SEED_NAMES)
def test_reordering_stories_changes_no_id(name):
    head, stories, tail = story_chunks(read_source(SEEDS / name))
    moved = head + "".join(reversed(stories)) + tail
    original = ids(read_source(SEEDS / name))
    assert ids(moved) == original and original


@pytest.mark.parametrize("name", SEED_NAMES)
def test_deleting_a_story_changes_no_other_id(name):
    text = read_source(SEEDS / name)
    head, stories, tail = story_chunks(text)
    before, after = ids(text), ids(head + "".join(stories[1:]) + tail)
    assert set(after) <= set(before)
    assert all(after[i] == before[i] for i in after)


@pytest.mark.parametrize("name", SEED_NAMES)
def test_inserting_a_story_adds_ids_and_changes_none(name):
    text = read_source(SEEDS / name)
    story = "A new story about robots:\n…Short subtitle…\nThey trained a 7B parameter model for $40m.\n\n"
    before, after = ids(text), ids(insert_story(text, 1, story))
    assert set(before) <= set(after) and len(after) == len(before) + 2
    assert all(after[i] == before[i] for i in before)


def test_a_paragraph_repeating_a_number_changes_no_id():
    # Story-wide occurrence counting would shift the id of every later "606×" in the story.
    text = read_source(SEEDS / "import-ai-400.txt")
    anchor = text.index("In a new research paper from Microsoft")
    edited = text[:anchor] + "A toy baseline once ran 606× faster than nothing at all.\n\n" + text[anchor:]
    before, after = ids(text), ids(edited)
    assert set(before) <= set(after) and len(after) == len(before) + 1


def test_changing_one_number_is_exactly_one_change_in_every_seed():
    for name in SEED_NAMES:
        text = read_source(SEEDS / name)
        claims = extract(text)
        names = " ".join(f"{c.subject} {c.benchmark} {c.metric}" for c in claims)
        for target in claims[:: max(1, len(claims) // 5)]:
            if target.text in names:
                continue  # the number is part of another claim's context ("Claude 3.5"): that changes too
            digit = next((i for i in range(target.start, target.end) if text[i].isdigit()), None)
            if digit is None:
                continue  # a number written in words
            new_digit = "7" if text[digit] != "7" else "8"
            edited = text[:digit] + new_digit + text[digit + 1:]
            diff = diff_claims(claims, extract(edited))
            assert not diff.added and not diff.removed, (name, target.text)
            assert [ch.old.id for ch in diff.changed] == [target.id], (name, target.text)


@pytest.mark.parametrize("args", [
    ["extract", "--format", "yaml"], ["extract", "--format", "json"], ["extract", "--format", "jsonl"],
    ["extract", "--format", "csv"], ["export"],
])
def test_two_runs_give_the_same_bytes(args):
    first, second = run(*args, SEEDS), run(*args, SEEDS)
    assert first.exit_code == 0 and first.stdout_bytes == second.stdout_bytes


def test_a_copy_in_another_place_gets_the_same_ids(tmp_path):
    copy = write(tmp_path / "renamed.txt", read_source(SEEDS / "import-ai-401.txt"))
    assert ids(read_source(copy)) == ids(read_source(SEEDS / "import-ai-401.txt"))
