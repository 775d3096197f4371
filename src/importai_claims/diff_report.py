"""A diff as a report: JSON for programs, Markdown for a pull request comment, and the rows
both share with the terminal table. Pure functions: text in, text out.

Every list comes in the order `diff.py` gives it, and JSON keys in a fixed order, so two runs
over the same inputs give the same bytes.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from .diff import Category, Change, ClaimDiff, SubjectDiff, SubjectGroup
from .models import Claim
from .writers import plain_number


@dataclass(frozen=True)
class Section:
    """One part of a report: a heading, column names and rows of text cells."""

    key: str
    heading: str
    columns: tuple[str, ...]
    rows: list[tuple[str, ...]]


CLAIM_COLUMNS = ("id", "kind", "value", "evidence", "subject", "benchmark", "story")
CHANGE_COLUMNS = ("id", "kind", "fields", "old", "new")
GROUP_COLUMNS = ("kind", "subject", "benchmark", "old", "new", "moved")


def amount(value: float | None, value_max: float | None = None, unit: str = "") -> str:
    """A value as a reader wants it: "606 x", "10–100 x", "26.23 %".

    >>> amount(606.0, None, "x"), amount(1.25e8, 1.3e10, "parameters")
    ('606 x', '125000000–13000000000 parameters')
    """
    if value is None:
        return ""
    text = plain_number(value) + (f"–{plain_number(value_max)}" if value_max is not None else "")
    return f"{text} {unit}".strip()


def _claim_row(c: Claim) -> tuple[str, ...]:
    return (c.id, c.kind.value, amount(c.value, c.value_max, c.unit), c.text, c.subject or "",
            c.benchmark or "", c.story.title if c.story else "")


def _field(c: Claim, name: str) -> str:
    if name == "value":
        return amount(c.value, c.value_max, c.unit)
    if name == "story":
        return c.story.title if c.story else ""
    v = getattr(c, name)
    if isinstance(v, bool):
        return "true" if v else "false"
    return plain_number(v) if isinstance(v, float) else str(v or "")


VALUE_FIELDS = ("value", "value_max", "unit", "text")


def _shown(fields: tuple[str, ...]) -> list[str]:
    """The changed fields as a reader sees them: value, value_max, unit and text read as one
    amount, "value"."""
    shown = ["value"] if any(f in VALUE_FIELDS for f in fields) else []
    return shown + [f for f in fields if f not in VALUE_FIELDS]


def _change_row(ch: Change) -> tuple[str, ...]:
    shown = _shown(ch.fields)
    return (ch.old.id, ch.new.kind.value, ", ".join(shown),
            "; ".join(_field(ch.old, name) for name in shown), "; ".join(_field(ch.new, name) for name in shown))


def claim_sections(diff: ClaimDiff) -> list[Section]:
    """Added, removed and changed claims as rows, one row per claim; a changed claim's row
    names the fields that changed and gives their old and new values."""
    return [
        Section("added", "Added", CLAIM_COLUMNS, [_claim_row(c) for c in diff.added]),
        Section("removed", "Removed", CLAIM_COLUMNS, [_claim_row(c) for c in diff.removed]),
        Section("changed", "Changed", CHANGE_COLUMNS, [_change_row(ch) for ch in diff.changed]),
    ]


def _amounts(claims: tuple[Claim, ...]) -> str:
    return ", ".join(amount(c.value, c.value_max, c.unit) for c in claims)


def _group_row(g: SubjectGroup) -> tuple[str, ...]:
    subject, benchmark = g.label
    moved = g.moved()
    return (g.kind, subject, benchmark, _amounts(g.old), _amounts(g.new),
            "" if moved is None else ("+" if moved > 0 else "") + plain_number(round(moved, 6)))


def subject_sections(diff: SubjectDiff) -> list[Section]:
    """Groups in both with numbers that moved, groups only in one side, groups unchanged."""
    return [
        Section("changed", "In both, numbers moved", GROUP_COLUMNS, [_group_row(g) for g in diff.of(Category.changed)]),
        Section("added", "Only in the new", GROUP_COLUMNS, [_group_row(g) for g in diff.of(Category.added)]),
        Section("removed", "Only in the old", GROUP_COLUMNS, [_group_row(g) for g in diff.of(Category.removed)]),
        Section("unchanged", "In both, same numbers", GROUP_COLUMNS, [_group_row(g) for g in diff.of(None)]),
    ]


def summary(counts: dict[str, int]) -> str:
    """ "2 added, 0 removed, 1 changed, 93 unchanged" """
    return ", ".join(f"{n} {name}" for name, n in counts.items())


def claim_diff_json(diff: ClaimDiff, old_name: str, new_name: str) -> str:
    """The diff as JSON: counts, whole records for added and removed, and for each changed
    claim the fields that changed and both records."""
    data = {
        "old": old_name, "new": new_name, "counts": diff.counts(),
        "added": [c.model_dump(mode="json") for c in diff.added],
        "removed": [c.model_dump(mode="json") for c in diff.removed],
        "changed": [{"id": ch.old.id, "new_id": ch.new.id, "fields": list(ch.fields),
                     "old": ch.old.model_dump(mode="json"), "new": ch.new.model_dump(mode="json")}
                    for ch in diff.changed],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _value_json(c: Claim) -> dict:
    return {"id": c.id, "value": c.value, "value_max": c.value_max, "unit": c.unit, "text": c.text,
            "subject": c.subject, "benchmark": c.benchmark}


def subject_diff_json(diff: SubjectDiff, old_name: str, new_name: str) -> str:
    """The subject comparison as JSON: one entry per (kind, subject, benchmark) group."""
    groups = [{"kind": g.kind, "subject": g.subject, "benchmark": g.benchmark,
               "status": g.category.value if g.category else "unchanged",
               "old": [_value_json(c) for c in g.old], "new": [_value_json(c) for c in g.new],
               "moved": g.moved()} for g in diff.groups]
    data = {"old": old_name, "new": new_name, "counts": diff.counts(), "groups": groups}
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _cell(text: str) -> str:
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\r", " ").replace("\n", " ")


def markdown(sections: list[Section], counts: dict[str, int], title: str) -> str:
    """A report for a pull request comment: a heading, the counts, a table per non-empty section."""
    lines = [f"### {title}", "", f"**{summary(counts)}**", ""]
    for s in sections:
        if not s.rows:
            continue
        lines += [f"#### {s.heading} ({len(s.rows)})", "", "| " + " | ".join(s.columns) + " |",
                  "|" + "---|" * len(s.columns)]
        lines += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in s.rows]
        lines.append("")
    return "\n".join(lines)
