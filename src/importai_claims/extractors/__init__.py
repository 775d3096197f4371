"""The registry of extractors and the one rule that settles overlaps.

Every number expression in a story goes to the extractors in `EXTRACTORS` order; the first
that finds a claim in it wins, so one quantity gives at most one claim. A number that falls
inside the evidence of a claim already found ("8" in "one 8-GPU node") gives none.

A number goes only to the extractors that could find a claim in it, by what follows it (its
`tail_key`) and each extractor's own cheap test: most numbers ("of the", "2024)") go to few.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from ..models import Bound, Kind
from ..numbers import Quantity, find_quantities
from . import benchmark_score, compute, context_length, dataset_size, money, parameter_count, speedup
from .base import Candidate, Check, Extractor, before, tail_key

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


# The finds a number goes to, in EXTRACTORS order, each with the check it must pass first, if any.
Route = tuple[tuple[Callable[[Quantity, str, str], Candidate | None], Check | None], ...]
EVERY_ROUTE: Route = tuple((extractor.find, None) for extractor in EXTRACTORS)
CURRENCY_ROUTE: Route = tuple((extractor.find, None) for extractor in EXTRACTORS if extractor.takes_currency)


@lru_cache(maxsize=4096)  # a pure function of one short word or sign
def route(key: str) -> Route:
    """The route of a number, no amount of money, followed by what has this key (base.tail_key):
    every extractor's find that its gate does not shut, behind the check the gate gives. A key of
    "" (a space, a character beyond ASCII, a word that runs on in one) goes to every find.

    >>> [(find.__module__.rsplit(".")[-1], check and check.__name__) for find, check in route("parameters")]
    ... # doctest: +NORMALIZE_WHITESPACE
    [('benchmark_score', '_may_rate'), ('parameter_count', None), ('context_length', '_may_follow_context'),
     ('compute', 'may_name_hardware_at_end'), ('dataset_size', '_may_count')]
    """
    if not key:
        return EVERY_ROUTE
    steps = []
    for extractor in EXTRACTORS:
        gate = extractor.gate(key)
        if gate is not False:
            steps.append((extractor.find, None if gate is True else gate))
    return tuple(steps)


def with_plus(text: str, q: Quantity) -> Quantity | None:
    """The quantity with the "+" that follows it and ends a word: "100+ GPUs", "15T+ tokens" (at
    least that many; the extractors then read what follows the "+"). None when no such "+" follows:
    "90%+" keeps its "+" behind its sign, and "3+4" is a sum."""
    if not text.startswith("+", q.end) or text[q.end + 1:q.end + 2].isalnum():
        return None
    return q._replace(end=q.end + 1, text=q.text + "+")


def find_candidates(text: str, start: int = 0, end: int | None = None) -> list[Candidate]:
    """The claims in text[start:end], left to right, before context attribution.

    Every number is found first, and every claim before any is returned: each pass, with its own
    patterns, runs faster over the whole span than interleaved a number at a time with the others."""
    found: list[Candidate] = []
    taken_until = start
    for q in list(find_quantities(text, start, end)):
        if q.start < taken_until:
            continue
        head = before(text, q)  # once: most extractors read the text before the number
        plus = with_plus(text, q)
        candidate = plus and _first_claim(plus, text, head)
        if candidate and candidate.bound is Bound.exact:
            candidate = candidate._replace(bound=Bound.at_least)
        if candidate := candidate or _first_claim(q, text, head):  # as written without its "+"
            taken_until = candidate.end
            found.append(candidate)
    return found


def _first_claim(q: Quantity, text: str, head: str) -> Candidate | None:
    """The claim of the first extractor on the number's route that finds one."""
    for find, check in CURRENCY_ROUTE if q.currency else route(tail_key(text, q.end)):
        if check is not None and not check(q, text, head):
            continue
        candidate = find(q, text, head)
        if candidate is not None:
            return candidate
    return None


__all__ = ["EXTRACTORS", "Candidate", "Extractor", "Kind", "find_candidates", "route"]
