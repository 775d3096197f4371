"""The tidy table `claims export` writes: one row per claim, fixed columns in a fixed order.

| column | what |
| --- | --- |
| issue | the issue number |
| story | the story's title (empty for the issue's title line) |
| subject | the system or model the number is about |
| benchmark | the benchmark, eval or task |
| metric | what is measured |
| value | the number, plain (no exponent): 26.23, 80000000000 |
| value_max | the high end of a range, else empty |
| unit | %, Elo, points, USD, x, parameters, … |
| bound | exact, approx, at_least, at_most, up_to |
| text | the evidence as written: "26.23%" |
| sentence | the sentence it stands in |
| id | the claim's stable id |

Text cells that a spreadsheet would run as a formula get a leading apostrophe (see
`writers.safe_cell`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from .models import Claim
from .writers import csv_rows

EXPORT_COLUMNS = ("issue", "story", "subject", "benchmark", "metric", "value", "value_max", "unit",
                  "bound", "text", "sentence", "id")


def export_row(claim: Claim) -> dict:
    """One claim as a row of EXPORT_COLUMNS."""
    record = claim.model_dump(mode="json", include=set(EXPORT_COLUMNS))
    record["story"] = claim.story.title if claim.story else None
    return record


def export_csv(claims: Iterable[Claim]) -> Iterator[str]:
    """The claims as CSV text, header first, streamed."""
    return csv_rows((export_row(c) for c in claims), EXPORT_COLUMNS)
