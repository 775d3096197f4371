"""Issues and stories: titles, subtitles, sections, and what is not a story."""

from __future__ import annotations

import json

import pytest

from conftest import FIXTURES, GOLD, SEEDS, read_source
from importai_claims import NotAnIssueError, extract, parse
from importai_claims.models import Section

GOLD_FILES = sorted(GOLD.glob("*.json"))


@pytest.mark.parametrize("gold_path", GOLD_FILES, ids=lambda p: p.stem)
def test_story_titles_match_gold(gold_path):
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    (issue,) = parse(read_source(SEEDS / gold["file"]))
    assert issue.number == gold["issue"]
    assert [s.title for s in issue.stories] == gold["stories"]


def test_story_fields_on_a_seed():
    text = read_source(SEEDS / "import-ai-401.txt")
    (issue,) = parse(text)
    first = issue.stories[0]
    assert first.title == "Reasoning models cheat when they think they might lose:"
    assert first.subtitle == "…When ‘the only way to win’ is to hack the game environment…"
    assert text[first.start:first.end].startswith(first.title)
    assert issue.title.startswith("Import AI 401: Cheating reasoning models")
    assert [s.section for s in issue.stories][-1] is Section.fiction


def test_intro_subscribe_and_sign_off_are_not_stories(seed_texts):
    for name, text in seed_texts.items():
        for issue in parse(text):
            for s in issue.stories:
                body = text[s.start:s.end]
                assert not s.title.startswith(("Welcome to Import AI", "Subscribe now", "Thanks for reading")), name
                assert "Welcome to Import AI" not in body and "\nThanks for reading" not in body, (name, s.title)


def test_essay_section():
    (issue,) = parse(read_source(SEEDS / "import-ai-397.txt"))
    assert issue.stories[0].title == "Import A-Idea" and issue.stories[0].section is Section.essay
    assert issue.stories[1].section is Section.news


def test_nothing_is_taken_from_fiction(seed_texts):
    for text in seed_texts.values():
        fiction = [(s.start, s.end) for i in parse(text) for s in i.stories if s.section is Section.fiction]
        for c in extract(text):
            assert not any(s <= c.start < e for s, e in fiction), c.text


def test_many_issues_in_one_file_keep_file_offsets():
    text = read_source(FIXTURES / "import-ai-388-401.txt")
    issues = parse(text)
    assert [i.number for i in issues] == [401, 400, 399, 398, 397, 396, 391, 390, 389, 388]
    single = read_source(SEEDS / "import-ai-399.txt")
    ours = [(c.kind, c.value, c.text) for c in extract(text) if c.issue == 399]
    alone = [(c.kind, c.value, c.text) for c in extract(single)]
    assert ours == alone
    assert all(text[c.start:c.end] == c.text for c in extract(text))


def test_not_an_issue():
    with pytest.raises(NotAnIssueError):
        parse("Just some notes about GPUs.\nNothing else here.\n")


def test_truncated_issue_keeps_complete_stories():
    text = read_source(SEEDS / "import-ai-401.txt")
    cut = text[: text.index("Evo2 was trained on 2,000")]
    claims = extract(cut)
    assert {c.text for c in claims} >= {"10—100x", "7B parameter", "80m parameter", "9 trillion tokens"}


def test_a_first_story_without_a_subtitle_opens_after_subscribe_now():
    text = ("Import AI 990: A test\n\nby Jack Clark\n\nWelcome to Import AI, a newsletter about AI research.\n\n"
            "Subscribe now\n\nGoogle trains a 7B parameter model:\nThe model is good.\n\n***\n\n"
            "Tech Tales:\n\nA story.\n")
    (issue,) = parse(text)
    assert [s.title for s in issue.stories] == ["Google trains a 7B parameter model:", "Tech Tales:"]


def test_a_subtitle_a_blank_line_below_its_title_opens_a_story():
    """A heading and its subtitle as two paragraphs, as Markdown and HTML exports often write them."""
    text = ("Import AI 414: Huawei's chips\n\nWelcome to Import AI, a newsletter about AI research.\n\n"
            "Huawei builds a DGX rival:\n\n…CloudMatrix 384 links 384 Ascend chips…\n\n"
            "Huawei has built a system that links 384 Ascend chips.\n\n"
            "The system is big, and so is the bill\n\n…and nobody said otherwise…\n\nMore text.\n")
    (issue,) = parse(text)
    # The second "…" line follows a line that does not end as a title does: no story opens there.
    assert [(s.title, s.subtitle) for s in issue.stories] == [
        ("Huawei builds a DGX rival:", "…CloudMatrix 384 links 384 Ascend chips…")]
    assert {c.story.title for c in extract(text)} == {"Huawei builds a DGX rival:"}


@pytest.mark.parametrize("rule", ["---", "___", "* * *", "- - -"])
def test_a_story_without_a_subtitle_opens_after_any_thematic_break(rule):
    text = (f"Import AI 415: A test\n\nFirst story:\n…A subtitle…\nThey trained a 7B parameter model.\n"
            f"- a list item, not a break\n\n{rule}\n\nSecond story, with no subtitle:\nThey raised $5M.\n")
    (issue,) = parse(text)
    assert [s.title for s in issue.stories] == ["First story:", "Second story, with no subtitle:"]
    assert not text[issue.stories[0].start:issue.stories[0].end].rstrip().endswith(rule)
