"""The same issue in every form gives the same stories and the same claims.

Each fixture was made from a seed (or from the Markdown export of issue 400) by
tests/fixtures/make_fixtures.py. Story titles are compared with typographic quotes and dashes
folded, because the Substack export of 400 writes "Cerebras's" where the seed has "Cerebras’s".
"""

from __future__ import annotations

import json
from collections import Counter

import pytest
from typer.testing import CliRunner

from importai_claims.cli.app import app

from conftest import FIXTURES, SEEDS, read_source

FOLD = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-"})
FORMS = [
    (400, "import-ai-400.md"), (400, "import-ai-400.html"), (400, "importai.rss"),
    (399, "import-ai-399.md"), (399, "import-ai-399.html"), (399, "importai.rss"),
    (401, "import-ai-401.md"), (401, "import-ai-401.html"), (401, "importai.rss"),
    (398, "importai.atom"), (396, "importai.atom"),
]
runner = CliRunner()


def run(*args: str) -> str:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.stderr
    return result.stdout


def claims_of(path, number: int) -> list[dict]:
    return [c for c in json.loads(run("extract", str(path), "--format", "json")) if c["issue"] == number]


def titles_of(path, number: int) -> list[str]:
    issues = [i for i in json.loads(run("stories", str(path), "--format", "json")) if i["number"] == number]
    assert len(issues) == 1
    return [s["title"].translate(FOLD) for s in issues[0]["stories"]]


def key(claim: dict) -> tuple:
    return ((claim["story"] or {}).get("title", "").translate(FOLD), claim["kind"], claim["value"])


@pytest.mark.parametrize("number,name", FORMS, ids=[f"{n}-{f}" for n, f in FORMS])
def test_same_stories_in_order(number, name):
    assert titles_of(FIXTURES / name, number) == titles_of(SEEDS / f"import-ai-{number}.txt", number)


@pytest.mark.parametrize("number,name", FORMS, ids=[f"{n}-{f}" for n, f in FORMS])
def test_claims_agree(number, name):
    plain = Counter(map(key, claims_of(SEEDS / f"import-ai-{number}.txt", number)))
    other = Counter(map(key, claims_of(FIXTURES / name, number)))
    assert plain, "the seed has claims"
    agreement = sum((plain & other).values()) / max(sum(plain.values()), sum(other.values()))
    assert agreement >= 0.95, (plain - other, other - plain)


@pytest.mark.parametrize("name", sorted({name for _, name in FORMS}))
def test_evidence_is_the_text_that_claims_text_prints(name):
    path = FIXTURES / name
    source = run("text", str(path))
    if name.endswith(".md"):
        assert source == read_source(path)
    claims = json.loads(run("extract", str(path), "--format", "json"))
    assert claims
    for c in claims:
        assert source[c["start"]:c["end"]] == c["text"]
        assert not set(c["text"]) & set("*_[]()`\\"), c["text"]   # no markup in evidence
    for issue in json.loads(run("stories", str(path), "--format", "json")):
        for s in issue["stories"]:
            assert source[s["start"]:s["end"]].lstrip("* ").startswith(s["title"][:10])
