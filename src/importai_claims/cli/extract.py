"""`claims extract`: write one validated record per claim."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Annotated, TypeVar

import typer

from ..enums import Format, InputFormat, Kind
from .app import command
from .common import write_output
from .documents import each_result, load_documents

T = TypeVar("T")

KindOption = Annotated[list[Kind] | None, typer.Option("--kind", "-k", help="Only claims of this kind (repeatable).")]


@command("extract", "Extract claims from issues as YAML, JSON, JSONL or CSV.")
def extract(
    paths: Annotated[list[str], typer.Argument(help="Issue files, folders, globs, or - for stdin.", metavar="PATH...")],
    fmt: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.yaml,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write here instead of stdout.")] = None,
    kind: KindOption = None,
    input_format: Annotated[InputFormat | None, typer.Option("--input-format", help="Read inputs as this format (default: from content and extension).")] = None,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, help="Extract this many files at once, in worker processes; the output is the same.")] = 1,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
) -> None:
    """Extract the quantitative claims of Import AI issues: one record per claim, sorted by
    position, with its evidence (text, offsets, sentence), its story and its context. Records
    are written file by file as each is done; a progress bar shows on a terminal when there
    are many files."""
    from ..pipeline import extract_document
    from ..writers import render
    from .progress import file_progress

    loaded = load_documents(paths, input_format)
    failures: list[str] = []
    succeeded: list[str] = []
    with file_progress(len(loaded.inputs), quiet) as done:
        if jobs > 1:
            from .parallel import extract_in_parallel

            records = extract_in_parallel(loaded.paths, input_format, kind, jobs, failures, succeeded, done)
        else:
            records = each_result(_each_done(loaded, done), lambda doc: extract_document(doc, kind), failures, succeeded)
        # With -o, the claims of the inputs that went through are written even when others
        # failed; when none went through, a previous output is left as it was.
        write_output(render(records, fmt), output, loaded.inputs, keep=lambda: bool(succeeded))
    if failures:
        raise typer.Exit(1)


def _each_done(items: Iterable[T], done: Callable[[], None]) -> Iterator[T]:
    """The items, calling `done` once the consumer has finished with each (asks for the next)."""
    for i, item in enumerate(items):
        if i:
            done()
        yield item
    done()
