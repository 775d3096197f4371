"""Gold annotations (data/gold/*.json) and matching predictions against them.

A prediction matches a gold claim as the shared scorer matches them: same kind, value (and
value_max for ranges) within 0.1%, and overlapping [start, end) spans; one-to-one, the pairs
with the largest overlap first. What is left over is a *miss* (gold, not found) or a *false
hit* (found, not gold).

>>> gold = gold_from_json({"file": "x.txt", "issue": 1, "claims": [
...     {"kind": "speedup", "value": 250.0, "start": 10, "end": 14, "text": "250×"},
...     {"kind": "money", "value": 8e10, "start": 30, "end": 35, "text": "$80bn"}]})
>>> pred = [{"kind": "speedup", "value": 250.0, "value_max": None, "start": 10, "end": 13},
...         {"kind": "compute", "value": 2.0, "value_max": None, "start": 40, "end": 43}]
>>> m = match(gold.claims, pred)
>>> m.pairs, m.misses, m.false_hits
({0: 0}, [1], [1])
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from .models import Bound, Kind

RELATIVE_TOLERANCE = 1e-3  # values agree within 0.1%, as in the shared scorer


class GoldError(ValueError):
    """A gold file that is not in the data/gold format."""


class GoldClaim(BaseModel):
    """One annotated claim; only what matching and display need is required."""

    model_config = ConfigDict(extra="allow", frozen=True)

    kind: Kind
    value: float
    value_max: float | None = None
    unit: str | None = None
    bound: Bound = Bound.exact
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str | None = None
    subject: str | None = None
    benchmark: str | None = None
    baseline: str | None = None

    @model_validator(mode="after")
    def _span(self) -> GoldClaim:
        if self.end < self.start:
            raise ValueError(f"end {self.end} is before start {self.start}")
        return self


class Gold(BaseModel):
    """A gold file: the source file it annotates, its issue, and its claims."""

    model_config = ConfigDict(extra="allow", frozen=True)

    file: str | None = None
    issue: int | None = None
    claims: list[GoldClaim]

    def indexes(self, source: str) -> bool:
        """True when every gold claim's text stands at its offsets in `source`: the gold
        annotates this text, whatever its file is called."""
        return all(c.end <= len(source) and (c.text is None or source[c.start:c.end] == c.text)
                   for c in self.claims)


def gold_from_json(data: Any) -> Gold:
    """A parsed gold JSON document, validated."""
    try:
        return Gold.model_validate(data)
    except ValidationError as e:
        first = e.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise GoldError(f"not a gold file: {where}: {first['msg']}") from None


def close(a: float | None, b: float | None) -> bool:
    """Two values agree within 0.1%; None agrees only with None."""
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= RELATIVE_TOLERANCE * max(abs(a), abs(b), 1e-12)


def same_value(gold: GoldClaim, pred: Mapping[str, Any]) -> bool:
    """Value and range agree (a single gold value also accepts a degenerate predicted range)."""
    if not close(gold.value, pred.get("value")):
        return False
    if gold.value_max is None:
        return pred.get("value_max") is None or close(pred.get("value_max"), pred.get("value"))
    return close(gold.value_max, pred.get("value_max"))


def overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    return max(0, min(a_end, b_end) - max(a_start, b_start))


@dataclass(frozen=True)
class Matching:
    """`pairs` maps a prediction's index to its gold claim's index; `misses` are gold indexes
    no prediction matched, `false_hits` prediction indexes that matched no gold claim."""

    pairs: dict[int, int]
    misses: list[int]
    false_hits: list[int]


def match(gold: Sequence[GoldClaim], predictions: Sequence[Mapping[str, Any]]) -> Matching:
    """Match predictions (claim records as dicts) to gold claims one-to-one."""
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(predictions):
            if str(p.get("kind")) != g.kind.value:
                continue
            ov = overlap(g.start, g.end, int(p["start"]), int(p["end"]))
            if ov and same_value(g, p):
                candidates.append((-ov, gi, pi))
    candidates.sort()
    pairs: dict[int, int] = {}
    used_gold: set[int] = set()
    for _, gi, pi in candidates:
        if gi not in used_gold and pi not in pairs:
            pairs[pi] = gi
            used_gold.add(gi)
    return Matching(
        pairs=pairs,
        misses=[gi for gi in range(len(gold)) if gi not in used_gold],
        false_hits=[pi for pi in range(len(predictions)) if pi not in pairs],
    )
