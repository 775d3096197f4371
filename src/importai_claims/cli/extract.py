"""`claims extract`: write one validated record per claim."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ..models import Kind
from ..writers import Format
from .app import command
from .common import write_output
from .documents import each_result, load_documents

KindOption = Annotated[list[Kind] | None, typer.Option("--kind", "-k", help="Only claims of this kind (repeatable).")]


@command("extract", "Extract claims from issues as YAML, JSON, JSONL or CSV.")
def extract(
    paths: Annotated[list[str], typer.Argument(help="Issue files, folders, globs, or - for stdin.", metavar="PATH...")],
    fmt: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.yaml,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write here instead of stdout.")] = None,
    kind: KindOption = None,
    input_format: Annotated[str | None, typer.Option("--input-format", help="Read inputs as this format: text, markdown, html or feed (default: from content and extension).")] = None,
) -> None:
    """Extract the quantitative claims of Import AI issues: one record per claim, sorted by
    position, with its evidence (text, offsets, sentence), its story and its context."""
    from ..pipeline import extract_document
    from ..writers import render

    loaded = load_documents(paths, input_format)
    failures: list[str] = []
    succeeded: list[str] = []
    records = each_result(loaded, lambda doc: extract_document(doc, kind), failures, succeeded)
    # With -o, the claims of the inputs that went through are written even when others
    # failed; when none went through, a previous output is left as it was.
    write_output(render(records, fmt), output, loaded.inputs, keep=lambda: bool(succeeded))
    if failures:
        raise typer.Exit(1)
