"""Compare two sets of claims: which were added, which removed, which changed in place.

Claims are paired in passes, each looser than the one before, and a claim paired in one pass
is out of the next:

1. the same `id` (ids are content-derived: see `pipeline.claim_id`);
2. the same issue, story title, kind and sentence once numbers are masked: a number was
   edited in place ("606×" became "706×");
3. the same issue, story title, kind, value(s) and evidence text: the number stayed, the
   sentence around it was reworded.

Within a pass, candidates that share a key are paired in the order they appear. A pair is
`changed` when a compared field differs; sentences and story titles are compared with their
numbers masked, so a claim does not change because another number in its sentence did.
What is left over is `added` (only in the new set) or `removed` (only in the old).

`compare_subjects` answers a different question, for two different issues: which (kind,
subject, benchmark) groups appear in both, and how their numbers moved.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

import regex

from .models import Claim
from .skeleton import skeleton


class Category(StrEnum):
    """The kinds of difference, in report order; `--fail-on` takes these names."""

    added = "added"
    removed = "removed"
    changed = "changed"


COMPARED = ("value", "value_max", "unit", "bound", "per", "text", "sentence",
            "subject", "benchmark", "metric", "baseline", "quoted", "story")


@dataclass(frozen=True)
class Change:
    """One claim in both sets whose `fields` differ."""

    old: Claim
    new: Claim
    fields: tuple[str, ...]


class _Counted:
    def counts(self) -> dict[str, int]:
        """How many entries each category has, and how many are the same on both sides."""
        raise NotImplementedError

    def differs(self, fail_on: Iterable[Category | str] = tuple(Category)) -> bool:
        """True when any of the `fail_on` categories is not empty."""
        counts = self.counts()
        return any(counts[Category(c)] for c in fail_on)


@dataclass(frozen=True)
class ClaimDiff(_Counted):
    added: list[Claim] = field(default_factory=list)
    removed: list[Claim] = field(default_factory=list)
    changed: list[Change] = field(default_factory=list)
    unchanged: int = 0

    def counts(self) -> dict[str, int]:
        return {"added": len(self.added), "removed": len(self.removed), "changed": len(self.changed),
                "unchanged": self.unchanged}


def _story_title(claim: Claim) -> str:
    return skeleton(claim.story.title) if claim.story else ""


def _compared(claim: Claim, name: str) -> object:
    if name == "sentence":
        return skeleton(claim.sentence)
    if name == "story":
        return _story_title(claim)
    return getattr(claim, name)


def changed_fields(old: Claim, new: Claim) -> tuple[str, ...]:
    """The compared fields that differ between two versions of a claim."""
    return tuple(name for name in COMPARED if _compared(old, name) != _compared(new, name))


def _by_id(claim: Claim) -> Hashable:
    return claim.id


def _in_place(claim: Claim) -> Hashable:
    return (claim.issue, _story_title(claim), claim.kind, skeleton(claim.sentence))


def _same_number(claim: Claim) -> Hashable:
    return (claim.issue, _story_title(claim), claim.kind, claim.value, claim.value_max, claim.text)


PASSES: tuple[Callable[[Claim], Hashable], ...] = (_by_id, _in_place, _same_number)


def _order(claim: Claim) -> tuple:
    return (claim.issue is None, claim.issue or 0, claim.start, claim.end, claim.kind, claim.id)


def _pair(old: list[Claim], new: list[Claim], key: Callable[[Claim], Hashable]
          ) -> tuple[list[tuple[Claim, Claim]], list[Claim], list[Claim]]:
    """Pairs of old and new claims with the same key, in order; and the claims left over."""
    waiting: dict[Hashable, list[Claim]] = defaultdict(list)
    for claim in new:
        waiting[key(claim)].append(claim)
    pairs, old_left = [], []
    for claim in old:
        match = waiting.get(key(claim))
        if match:
            pairs.append((claim, match.pop(0)))
        else:
            old_left.append(claim)
    taken = {id(n) for _, n in pairs}
    return pairs, old_left, [c for c in new if id(c) not in taken]


def diff_claims(old: Iterable[Claim], new: Iterable[Claim]) -> ClaimDiff:
    """What changed from `old` to `new`; every list in a stable order (issue, position)."""
    old_left, new_left = sorted(old, key=_order), sorted(new, key=_order)
    changed, unchanged = [], 0
    for key in PASSES:
        pairs, old_left, new_left = _pair(old_left, new_left, key)
        for o, n in pairs:
            fields = changed_fields(o, n)
            if fields or o.id != n.id:
                changed.append(Change(o, n, fields or ("id",)))
            else:
                unchanged += 1
    changed.sort(key=lambda c: _order(c.new))
    return ClaimDiff(added=new_left, removed=old_left, changed=changed, unchanged=unchanged)


# --- by subject -----------------------------------------------------------------------------

POSSESSIVE = regex.compile(r"^[\w.\-]+['’]s\s+")  # "Alibaba’s Qwen25-72B" -> "Qwen25-72B"
SEPARATORS = regex.compile(r"[\s\-_‐‑–—/]+")
EDGE_PUNCTUATION = regex.compile(r"^[\W_]+|[\W_]+$")


def normalise_name(name: str | None) -> str:
    """A model or benchmark name in a form that two spellings share.

    >>> normalise_name("Alibaba’s Qwen2.5-72B"), normalise_name("qwen2.5 72b"), normalise_name(" “MMLU” ")
    ('qwen2.5 72b', 'qwen2.5 72b', 'mmlu')
    """
    if not name:
        return ""
    text = unicodedata.normalize("NFKC", name).strip()
    text = POSSESSIVE.sub("", text)
    text = SEPARATORS.sub(" ", text.casefold())
    return EDGE_PUNCTUATION.sub("", text)


@dataclass(frozen=True)
class SubjectGroup:
    """The claims of one (kind, subject, benchmark) group on each side."""

    kind: str
    subject: str
    benchmark: str
    old: tuple[Claim, ...]
    new: tuple[Claim, ...]

    @property
    def category(self) -> Category | None:
        if not self.old:
            return Category.added
        if not self.new:
            return Category.removed
        return Category.changed if values(self.old) != values(self.new) else None

    @property
    def label(self) -> tuple[str, str]:
        """The names as the newest side writes them."""
        first = (self.new or self.old)[0]
        return first.subject or "", first.benchmark or ""

    def moved(self) -> float | None:
        """The best new value minus the best old one, when both sides use one unit."""
        units = {c.unit for c in (*self.old, *self.new)}
        if not self.old or not self.new or len(units) != 1:
            return None
        return max(c.value for c in self.new) - max(c.value for c in self.old)


def values(claims: Sequence[Claim]) -> tuple[tuple[float, float | None, str], ...]:
    return tuple(sorted((c.value, c.value_max, c.unit) for c in claims))


@dataclass(frozen=True)
class SubjectDiff(_Counted):
    groups: list[SubjectGroup]

    def of(self, category: Category | None) -> list[SubjectGroup]:
        return [g for g in self.groups if g.category == category]

    def counts(self) -> dict[str, int]:
        return {"added": len(self.of(Category.added)), "removed": len(self.of(Category.removed)),
                "changed": len(self.of(Category.changed)), "unchanged": len(self.of(None))}


def compare_subjects(old: Iterable[Claim], new: Iterable[Claim]) -> SubjectDiff:
    """Group each side's claims by (kind, subject, benchmark), names normalised; claims that
    name neither a subject nor a benchmark are left out, as they say nothing comparable."""
    sides: dict[tuple[str, str, str], tuple[list[Claim], list[Claim]]] = defaultdict(lambda: ([], []))
    for side, claims in enumerate((old, new)):
        for claim in sorted(claims, key=_order):
            subject, benchmark = normalise_name(claim.subject), normalise_name(claim.benchmark)
            if subject or benchmark:
                sides[(claim.kind.value, subject, benchmark)][side].append(claim)
    groups = [SubjectGroup(kind, subject, benchmark, tuple(o), tuple(n))
              for (kind, subject, benchmark), (o, n) in sorted(sides.items())]
    return SubjectDiff(groups)
