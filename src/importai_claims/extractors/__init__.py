"""The registry of extractors and the one rule that settles overlaps.

Every number expression in a story goes to the extractors in `EXTRACTORS` order; the first
that finds a claim in it wins, so one quantity gives at most one claim. A number that falls
inside the evidence of a claim already found ("8" in "one 8-GPU node") gives none.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..models import Kind
from ..numbers import find_quantities
from . import benchmark_score, compute, context_length, dataset_size, money, parameter_count, speedup
from .base import Candidate, Extractor, before

# Precedence, most specific first: a multiplier that reads as a gain is a speedup before
# anything else; a score in dollars is a score before it is money; "1 million tokens" after
# "context length" is a context length before it is a data set.
EXTRACTORS: tuple[Extractor, ...] = (
    speedup.EXTRACTOR,
    benchmark_score.EXTRACTOR,
    money.EXTRACTOR,
    parameter_count.EXTRACTOR,
    context_length.EXTRACTOR,
    compute.EXTRACTOR,
    dataset_size.EXTRACTOR,
)


def find_candidates(text: str, start: int = 0, end: int | None = None) -> Iterator[Candidate]:
    """The claims in text[start:end], left to right, before context attribution."""
    taken_until = start
    for q in find_quantities(text, start, end):
        if q.start < taken_until:
            continue
        head = before(text, q)  # once: most extractors read the text before the number
        for extractor in EXTRACTORS:
            candidate = extractor.find(q, text, head)
            if candidate is not None:
                taken_until = candidate.end
                yield candidate
                break


__all__ = ["EXTRACTORS", "Candidate", "Extractor", "Kind", "find_candidates"]
