"""The enumerations of the records and of the output formats, apart from the pydantic models, so
that the command line can build its options (`claims --help`) without importing pydantic."""

from __future__ import annotations

from enum import StrEnum


class Kind(StrEnum):
    """The kinds of claim that CLAIMS-SPEC.md defines."""

    speedup = "speedup"
    parameter_count = "parameter_count"
    benchmark_score = "benchmark_score"
    money = "money"
    compute = "compute"
    dataset_size = "dataset_size"
    context_length = "context_length"


class Bound(StrEnum):
    """How the text qualifies a value."""

    exact = "exact"
    approx = "approx"
    at_least = "at_least"
    at_most = "at_most"
    up_to = "up_to"


class Section(StrEnum):
    """Where a story sits in an issue."""

    news = "news"
    essay = "essay"
    fiction = "fiction"


class Format(StrEnum):
    """The output formats of `claims extract` and `claims export`."""

    yaml = "yaml"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"


class InputFormat(StrEnum):
    """The input formats the readers know; without one, a file's is told by its content and name."""

    text = "text"
    markdown = "markdown"
    html = "html"
    feed = "feed"
