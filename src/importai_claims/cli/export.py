"""`claims export`: a tidy CSV of claims, benchmark scores by default, for spreadsheets and pandas."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ..enums import Kind
from .app import command
from .common import write_output
from .documents import each_result, load_documents
from .extract import KindOption


@command("export", "Export benchmark scores (or other kinds) as a tidy CSV.")
def export(
    paths: Annotated[list[str], typer.Argument(help="Issue files, folders, globs, or - for stdin.", metavar="PATH...")],
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write here instead of stdout.")] = None,
    kind: KindOption = None,
) -> None:
    """Write one CSV row per claim with the columns issue, story, subject, benchmark, metric,
    value, value_max, unit, bound, text, sentence, id, in that order. Numbers are plain
    (80000000000, not 8e10); a text cell starting with =, +, - or @ gets a leading apostrophe.
    Without --kind, only benchmark_score claims are written."""
    from ..export import export_csv
    from ..pipeline import extract_document

    kinds = kind or [Kind.benchmark_score]
    loaded = load_documents(paths, None)
    failures: list[str] = []
    claims = each_result(loaded, lambda doc: extract_document(doc, kinds), failures)
    write_output(export_csv(claims), output, loaded.inputs)
    if failures:
        raise typer.Exit(1)
