"""Claims files as data: read the records `claims extract` wrote, check them against the Claim
model, and give that model's JSON Schema.

A claims file is YAML, JSON (an array) or JSON Lines, told apart by content. YAML is read with
`yaml.safe_load` only. Nothing here touches the file system: callers pass text.

>>> load_records('[{"a": 1}]'), load_records('{"a": 1}\\n{"a": 2}\\n'), load_records("- a: 1\\n")
([{'a': 1}], [{'a': 1}, {'a': 2}], [{'a': 1}])
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import yaml
from pydantic import ValidationError

from .models import Claim

SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"
# The header line `claims extract --format csv` writes.
CSV_HEADER = re.compile(r"id,issue,issue_title,")


class RecordsError(ValueError):
    """The text is not a claims file: not YAML/JSON/JSONL, or not a list of records."""


@dataclass(frozen=True)
class Problem:
    """One way a record breaks the schema: its 0-based index, the field's path, and why."""

    index: int
    field: str
    message: str

    def __str__(self) -> str:
        return f"record {self.index}: {self.field or '(record)'}: {self.message}"


def claim_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of one claim record, made from the Claim model."""
    return {"$schema": SCHEMA_DIALECT, **Claim.model_json_schema()}


def looks_like_records(text: str) -> bool:
    """True when the text is a claims file rather than an issue: a JSON array or object, or a
    YAML document whose top level is a list. An issue's prose is neither."""
    head = text.lstrip("\ufeff \t\r\n")
    if head.startswith(("[", "{")):
        return True
    try:
        return isinstance(yaml.safe_load(text), list)
    except yaml.YAMLError:
        return False


def load_records(text: str) -> list[Any]:
    """The records of a claims file, as plain data (not yet checked)."""
    text = text.lstrip("\ufeff")
    head = text.lstrip()
    if CSV_HEADER.match(head):
        raise RecordsError("a CSV claims file cannot be read back (CSV is for spreadsheets): "
                           "write it with --format yaml, json or jsonl")
    if head.startswith("{"):
        return list(_json_lines(text))
    if head.startswith("["):
        try:
            data = json.loads(text)
        except json.JSONDecodeError as e:
            raise RecordsError(f"not valid JSON: {e.msg} (line {e.lineno}, column {e.colno})") from None
    else:
        try:
            data = yaml.safe_load(text)
        except yaml.YAMLError as e:
            mark = getattr(e, "problem_mark", None)
            where = f" (line {mark.line + 1}, column {mark.column + 1})" if mark else ""
            if isinstance(e, yaml.constructor.ConstructorError):  # "!!python/object:…" and other tags
                raise RecordsError(f"YAML tag not allowed{where}: a claims file holds plain data only") from None
            raise RecordsError(f"not valid YAML{where}: {e.problem or e}") from None
    if data is None:
        return []
    if not isinstance(data, list):
        raise RecordsError(f"a claims file holds a list of records, not a {type(data).__name__}")
    return data


def _json_lines(text: str) -> Iterator[Any]:
    for n, line in enumerate(text.splitlines(), 1):
        if line.strip():
            try:
                yield json.loads(line)
            except json.JSONDecodeError as e:
                raise RecordsError(f"not valid JSON Lines: line {n}: {e.msg}") from None


def problems(records: list[Any]) -> Iterator[Problem]:
    """Every way the records break the Claim schema, record by record, field by field; and ids
    used twice."""
    first: dict[str, int] = {}
    for i, record in enumerate(records):
        if not isinstance(record, dict):
            yield Problem(i, "", f"not a mapping but a {type(record).__name__}")
            continue
        try:
            Claim.model_validate(record)
        except ValidationError as e:
            for err in e.errors(include_url=False):
                yield Problem(i, ".".join(str(p) for p in err["loc"]), err["msg"])
        cid = record.get("id")
        if isinstance(cid, str):
            if cid in first:
                yield Problem(i, "id", f"{cid!r} is also the id of record {first[cid]}")
            first.setdefault(cid, i)


def load_claims(text: str) -> list[Claim]:
    """The claims of a claims file; RecordsError names the first record that breaks the schema."""
    records = load_records(text)
    for problem in problems(records):
        raise RecordsError(f"not a valid claims file: {problem}")
    return [Claim.model_validate(r) for r in records]
