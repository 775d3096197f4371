"""Serialise records as YAML, JSON, JSONL or CSV, chunk by chunk so output can stream.

Each writer takes an iterable of pydantic records and yields strings; the caller decides where
they go. Two runs over the same records give the same text.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from decimal import Decimal

import yaml
from pydantic import BaseModel

from .enums import Format


CLAIM_COLUMNS = (
    "id", "issue", "issue_title", "issue_date", "issue_url", "story_index", "story_title", "kind",
    "value", "value_max", "unit", "bound", "per", "text", "start", "end", "sentence",
    "subject", "benchmark", "metric", "baseline", "quoted", "rule",
)
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def plain_number(value: float | int | None) -> str:
    """A number as a spreadsheet reads it, never in exponent notation.

    >>> plain_number(8e10), plain_number(26.23), plain_number(3e25), plain_number(None)
    ('80000000000', '26.23', '30000000000000000000000000', '')
    """
    if value is None:
        return ""
    text = format(Decimal(repr(value)), "f")
    return text.removesuffix(".0") if "." in text and text.endswith(".0") else text


def safe_cell(text: str) -> str:
    """A text cell that no spreadsheet runs as a formula: "=SUM(A1)" -> "'=SUM(A1)".

    >>> safe_cell("=1+1"), safe_cell("-5% drop"), safe_cell("GPT-4")
    ("'=1+1", "'-5% drop", 'GPT-4')
    """
    return "'" + text if text.startswith(FORMULA_START) else text


def flat(record: dict) -> dict:
    """A claim record with its story spread into story_index and story_title."""
    out = dict(record)
    story = out.pop("story", None) or {}
    out["story_index"] = story.get("index")
    out["story_title"] = story.get("title")
    return out


def csv_rows(records: Iterable[dict], columns: tuple[str, ...]) -> Iterator[str]:
    """CSV text, header first, numbers plain and text cells neutralised."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")

    def take() -> str:
        out = buf.getvalue()
        buf.seek(0)
        buf.truncate()
        return out

    writer.writerow(columns)
    yield take()
    for record in records:
        row = []
        for col in columns:
            v = record.get(col)
            if isinstance(v, bool):
                row.append("true" if v else "false")
            elif isinstance(v, (int, float)):
                row.append(plain_number(v))
            elif v is None:
                row.append("")
            else:
                row.append(safe_cell(str(v)))
        writer.writerow(row)
        yield take()


def render(records: Iterable[BaseModel | dict], fmt: Format | str, columns: tuple[str, ...] = CLAIM_COLUMNS
           ) -> Iterator[str]:
    """The records in `fmt`, as a stream of text chunks."""
    fmt = Format(fmt)
    dicts = (r.model_dump(mode="json") if isinstance(r, BaseModel) else r for r in records)
    if fmt is Format.jsonl:
        for d in dicts:
            yield json.dumps(d, ensure_ascii=False) + "\n"
    elif fmt is Format.json:
        first = True
        for d in dicts:
            yield ("[\n" if first else ",\n") + json.dumps(d, ensure_ascii=False, indent=2)
            first = False
        yield "[]\n" if first else "\n]\n"
    elif fmt is Format.yaml:
        empty = True
        for d in dicts:
            yield yaml.safe_dump([d], sort_keys=False, allow_unicode=True, width=100)
            empty = False
        if empty:
            yield "[]\n"
    else:
        yield from csv_rows((flat(d) for d in dicts), columns)
