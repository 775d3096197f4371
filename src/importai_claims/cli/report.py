"""`claims report`: one self-contained HTML page with every claim highlighted in its text."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from ..enums import InputFormat
from .app import command
from .common import CliError, write_output
from .documents import each_result, load_documents

if TYPE_CHECKING:
    from ..gold import Gold


def read_gold(path: Path) -> tuple[str, Gold]:
    """A gold file, named by its path for messages."""
    from ..gold import gold_from_json

    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as e:
        raise CliError(f"{path}: {e.strerror or e}") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        raise CliError(f"{path}: not JSON ({e})") from None
    try:
        return str(path), gold_from_json(data)
    except ValueError as e:
        raise CliError(f"{path}: {e}") from None


@command("report", "Write an HTML review page with every claim highlighted in place.")
def report(
    paths: Annotated[list[str], typer.Argument(help="Issue files, folders, globs, or - for stdin.", metavar="PATH...")],
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write the page here instead of stdout.")] = None,
    gold: Annotated[list[Path] | None, typer.Option(
        "--gold", "-g", help="A gold file (data/gold format) of one input: mark misses and false hits (repeatable).",
        metavar="GOLD.json")] = None,
    title: Annotated[str, typer.Option("--title", help="The page's title.")] = "Import AI claims review",
    input_format: Annotated[InputFormat | None, typer.Option("--input-format", help="Read inputs as this format.")] = None,
) -> None:
    """Write one HTML page (inline CSS and JS, no network, opens from file://) showing each issue's
    text with every claim highlighted in place and coloured by kind; its record on hover or focus;
    a sidebar of stories with claims per kind, filters and a chart. With --gold, claims that match
    no gold claim and gold claims that no claim matches are marked."""
    from ..report import attach_gold, render_report, report_document

    golds = [read_gold(p) for p in gold or ()]
    loaded = load_documents(paths, input_format)
    failures: list[str] = []
    entries = list(each_result(loaded, lambda doc: [report_document(doc)], failures))
    if not entries:
        raise CliError("no issue to report on")
    page = render_report(attach_gold(entries, golds), title)
    write_output([page], output, loaded.inputs)
    if failures:
        raise typer.Exit(1)
