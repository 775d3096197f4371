"""Hostile input: time grows linearly with the size of the text.

Each case is generated text that invites a regex to backtrack, or a helper to look back to
the start of its line, at every number: one huge line of digits and commas, thousands of
currency signs, "x faster" over and over, long runs of spaces, dashes, dots and number words,
and long lines with no newline at all. Doubling the input must not much more than double the
work. CPU times are compared with each other (best of five, a generous 3x for 2x input), never
with an absolute limit, so a slow or busy machine does not fail the test.
"""

from __future__ import annotations

import itertools
import time

import pytest

from importai_claims import extract
from importai_claims.extractors import find_candidates
from importai_claims.sentences import MAX_SENTENCE

HEADER = "Import AI 999: Hostile input\n\nA story about nothing:\n…A subtitle…\n"
SIZE = 50_000  # characters; the larger input is twice this


def digits_and_commas(size: int) -> str:
    """ "1,234,56,7890,…": groups of every length, on one line."""
    groups = itertools.cycle(["1", "234", "56", "7890", "123", "4", "567", "89"])
    parts, n = [], 0
    while n < size:
        parts.append(next(groups))
        n += len(parts[-1]) + 1
    return ",".join(parts)


def repeat(unit: str):
    return lambda size: (unit * (size // len(unit) + 1))[:size]


# Text with few claims, or claims in short sentences.
FEW_CLAIMS = {
    "digits and commas": digits_and_commas,
    "dollar signs": repeat("$"),
    "x faster sentences": repeat("It is 2x faster. "),
    "spaces": repeat(" "),
    "dashes": repeat("-"),
    "dots": repeat("."),
    "digits and dots": repeat("1.2.3.4.5."),
    "number words": repeat("one two three twenty-five a million "),
}
# One sentence as long as the input, full of claims.
ONE_LONG_SENTENCE = {
    "dollar signs and digits": repeat("$$1 $ 2,000 $3bn "),
    "x faster": repeat("2x faster "),
    "ranges": repeat("10-100x 1-2 $1-2 million between $40bn and "),
    "claims of every kind": repeat("Claude gets 26.23% on MMLU, 5x faster with 7B parameters and $80bn on 2,000 H100 GPUs; "),
}


# Times under this are noise (a few cases take a millisecond); a runaway case takes seconds.
FLOOR = 0.005


def seconds(func, arg) -> float:
    """The best of five CPU times: other processes on a busy machine do not count in it."""
    best = float("inf")
    for _ in range(5):
        start = time.process_time()
        func(arg)
        best = min(best, time.process_time() - start)
    return best


def growth(func, make, size: int, factor: int = 2) -> tuple[float, str]:
    small, large = seconds(func, make(size)), seconds(func, make(factor * size))
    return large / max(small, FLOOR), f"{size} chars: {small:.3f}s, {factor * size} chars: {large:.3f}s"


def candidates(text: str) -> list:
    return list(find_candidates(text))


@pytest.mark.parametrize("make", [*FEW_CLAIMS.values(), *ONE_LONG_SENTENCE.values()],
                         ids=[*FEW_CLAIMS, *ONE_LONG_SENTENCE])
def test_finding_numbers_and_claims_is_linear(make):
    """numbers.py and the extractors: every case, the long sentences too."""
    ratio, detail = growth(candidates, make, SIZE)
    assert ratio <= 3, detail


@pytest.mark.parametrize("make", FEW_CLAIMS.values(), ids=FEW_CLAIMS.keys())
def test_the_whole_pipeline_is_linear(make):
    ratio, detail = growth(lambda body: extract(HEADER + body + "\n"), make, SIZE)
    assert ratio <= 3, detail


@pytest.mark.parametrize("make", ONE_LONG_SENTENCE.values(), ids=ONE_LONG_SENTENCE.keys())
def test_the_whole_pipeline_on_one_long_sentence_full_of_claims(make):
    """Each claim's id hashes the masked text of its sentence, and context.py reads from the
    sentence's start to each claim: linear only because the pipeline cuts sentences into
    pieces of at most sentences.MAX_SENTENCE characters. Smaller sizes (still several
    pieces long): every claim here costs a piece's worth of work."""
    ratio, detail = growth(lambda body: extract(HEADER + body + "\n"), make, 3 * MAX_SENTENCE)
    assert ratio <= 3, detail
