"""Properties of extraction over arbitrary text and over mutations of real issues.

For any text: extraction returns or raises NotAnIssueError (the documented outcome for a text
with no issue), never anything else; every record validates, also after a JSON round trip;
`source[start:end] == text`; ids are unique; two runs give the same records; every writer
can serialise them.

CI runs the `claims-ci` profile (derandomised, so a run is reproducible: 2,000 examples in
all). `pytest -m slow` runs the `claims-nightly` profile, random and ten times longer.
"""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from conftest import SEEDS, read_source
from importai_claims.models import Claim
from importai_claims.pipeline import extract_document, parse
from importai_claims.readers import read
from importai_claims.segment import NotAnIssueError
from importai_claims.writers import Format, render

COMMON = dict(deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
settings.register_profile("claims-ci", derandomize=True, database=None, **COMMON)
settings.register_profile("claims-nightly", **COMMON)
CI = settings.get_profile("claims-ci")
NIGHTLY = settings.get_profile("claims-nightly")

SEED_TEXTS = [read_source(p) for p in sorted(SEEDS.glob("*.txt"))]
HEAD = "Import AI 999: A test issue\n\nA story about numbers:\n\u2026A subtitle\u2026\n"

# Pieces of issue prose that the number parser, the extractors and the segmenter care about.
TOKENS = [
    "7B", "70 billion parameters", "10x", "10\u2014100x", "250\u00d7 faster", "$80bn", "$5 million", "\u00a33.2m",
    "85%", "26.23%", "~30%", "1e25 FLOPs", "10^24", "1,000 H100s", "128k tokens", "context window of 1M",
    "nine", "a dozen", "up to", "at least", "roughly", "GPT-4", "Llama 3.1 8B", "MMLU", "AIME 2024:", "than",
    "faster than", "\u201cquoted 3x\u201d", '"', "(", ")", "\u2013", "-", ".", ". ", ";", ":", ",", "\u2026", "*",
    "\U00010d41", "Import AI \U00010d41\U00010d42: x\n",  # a digit newer than this Python's Unicode
    "\n", "\n\n", "\r\n", "***\n", "\u2026subtitle\n", "Tech Tales:\n", "Import A-Idea\n", "Import AI 12: x\n",
    "Thanks for reading\n", "Subscribe now\n", " ", "  ", "\t", "\u00a0", "\u200b", "\ufeff", "0", "1", "9.",
]
prose = st.lists(st.one_of(st.sampled_from(TOKENS), st.text(max_size=6)), max_size=60).map("".join)
MARKUP = ["**", "_", "`", "[", "](http://x.example)", "<b>", "</b>", "<br>", "&amp;", "&#215;", "# ", "> ",
          "- ", "1. ", "\\", "\u2028", "\r", "\x00", "\ud7ff", "\U0001f600"]


def check(text: str, name: str = "<text>", input_format: str | None = "text") -> None:
    """The properties, for one input."""
    doc = read(text, name, input_format)
    try:
        claims = extract_document(doc)
    except NotAnIssueError:
        with pytest.raises(NotAnIssueError):
            parse(doc)
        return
    for issue in parse(doc):
        assert 0 <= issue.start <= issue.end <= len(doc.source)
        assert all(issue.start <= s.start <= s.end <= issue.end for s in issue.stories)
    for c in claims:
        assert Claim.model_validate(c.model_dump()) == c
        assert Claim.model_validate(json.loads(json.dumps(c.model_dump(mode="json"), allow_nan=False))) == c
        assert 0 <= c.start <= c.end <= len(doc.source)
        assert doc.source[c.start:c.end] == c.text
    assert len({c.id for c in claims}) == len(claims)
    assert extract_document(read(text, name, input_format)) == claims
    for fmt in Format:
        assert "".join(render(claims, fmt)) == "".join(render(claims, fmt))


# Arbitrary text ------------------------------------------------------------------------------------

def arbitrary_text(text: str) -> None:
    check(text)


def text_under_an_issue_title(body: str) -> None:
    check(HEAD + body)


def issue_like_prose(body: str) -> None:
    check(HEAD + body)


CI_EXAMPLES: list[int] = []


def ci(examples: int, *strategies):
    """The property as a CI test: derandomised, `examples` examples."""
    CI_EXAMPLES.append(examples)
    return lambda f: settings(CI, max_examples=examples)(given(*strategies)(f))


def nightly(examples: int, *strategies):
    """The property as a nightly test (`pytest -m slow`): random, `examples` examples."""
    return lambda f: pytest.mark.slow(settings(NIGHTLY, max_examples=examples)(given(*strategies)(f)))


long_prose = st.lists(st.one_of(st.sampled_from(TOKENS), st.text(max_size=6)), max_size=300).map("".join)
test_arbitrary_text = ci(300, st.text(max_size=400))(arbitrary_text)
test_arbitrary_text_under_an_issue_title = ci(400, st.text(max_size=400))(text_under_an_issue_title)
test_issue_like_prose = ci(800, prose)(issue_like_prose)
test_arbitrary_text_nightly = nightly(3000, st.text(max_size=2000))(arbitrary_text)
test_arbitrary_text_under_an_issue_title_nightly = nightly(3000, st.text(max_size=2000))(text_under_an_issue_title)
test_issue_like_prose_nightly = nightly(4000, long_prose)(issue_like_prose)


# Mutations of real issues --------------------------------------------------------------------------

@st.composite
def mutated_issue(draw, window: int = 3000, steps: int = 6) -> str:
    """A window of a seed issue (under its own title line), with random spans deleted or
    duplicated and random markup inserted."""
    text = draw(st.sampled_from(SEED_TEXTS))
    title, _, rest = text.partition("\n")
    start = draw(st.integers(0, max(0, len(rest) - window)))
    body = rest[start:start + window]
    for _ in range(draw(st.integers(0, steps))):
        at = draw(st.integers(0, len(body)))
        length = draw(st.integers(0, 200))
        action = draw(st.sampled_from(["delete", "duplicate", "markup", "markup"]))
        if action == "delete":
            body = body[:at] + body[at + length:]
        elif action == "duplicate":
            body = body[:at] + body[at:at + length] * 2 + body[at + length:]
        else:
            body = body[:at] + draw(st.sampled_from(MARKUP)) + body[at:]
    return title + "\n" + body


def mutated(text: str, input_format: str) -> None:
    check(text, f"mutated.{'md' if input_format == 'markdown' else 'txt'}", input_format)


FORMATS = st.sampled_from(["text", "text", "markdown"])
test_mutated_issues = ci(500, mutated_issue(), FORMATS)(mutated)
test_mutated_issues_nightly = nightly(3000, mutated_issue(window=20_000, steps=20), FORMATS)(mutated)


@pytest.mark.parametrize("index", range(len(SEED_TEXTS)), ids=[p.name for p in sorted(SEEDS.glob("*.txt"))])
def test_whole_seeds(index):
    check(SEED_TEXTS[index])


def test_ci_runs_at_least_a_thousand_examples():
    assert len(CI_EXAMPLES) == 4 and sum(CI_EXAMPLES) >= 1000


# Crashes the properties found, each with its smallest reproducer.
BUGS_CAUGHT = [
    "1e999 FLOPs",                          # value inf: no longer a claim (JSON has no Infinity)
    "$1e400",
    "9" * 400 + " parameters",
    "9" * 400 + "x faster",
    "10^2470 billion parameters",           # OverflowError in parse_number: now inf, so no claim
    "It used 10^400 FLOPs.",
    "They raised us$5 million.",            # KeyError: the sign was looked up as matched, not as written in vocab
    "It has ſix billion parameters.",       # KeyError: IGNORECASE matched the long s as "six"
]


@pytest.mark.parametrize("body", BUGS_CAUGHT, ids=lambda b: b[:24])
def test_reproducers(body):
    check(HEAD + body + "\n")
