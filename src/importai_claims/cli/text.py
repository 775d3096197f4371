"""`claims text`: print the text that the offsets in records index."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ..enums import InputFormat
from .app import command
from .common import write_output
from .documents import each_result, load_documents


@command("text", "Print the text that record offsets index (for HTML and feeds: the document text).")
def text(
    paths: Annotated[list[str], typer.Argument(help="Issue files, folders, globs, or - for stdin.", metavar="PATH...")],
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write here instead of stdout.")] = None,
    plain: Annotated[bool, typer.Option("--plain", help="Print the text stories and claims are found in "
                                        "(for Markdown: the markup left out), which offsets do not index.")] = False,
    input_format: Annotated[InputFormat | None, typer.Option("--input-format", help="Read inputs as this format (default: from content and extension).")] = None,
) -> None:
    """Print the text that the `start`/`end` offsets of `claims extract` and `claims stories`
    index, exactly, so that text[start:end] is each claim's evidence. For plain text and
    Markdown that is the file's own text; for HTML pages, emails and RSS/Atom feeds it is the
    document text the reader makes of the markup: one paragraph per block, blank lines
    between, headings on their own line, <hr> as "***", list items as "• ", and for a feed one
    issue per item, each opened by its "Import AI NNN: …" title line."""
    loaded = load_documents(paths, input_format)
    failures: list[str] = []
    texts = each_result(loaded, lambda doc: [doc.text if plain else doc.source], failures)
    write_output(texts, output, loaded.inputs)
    if failures:
        raise typer.Exit(1)
