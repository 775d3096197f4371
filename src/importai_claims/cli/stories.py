"""`claims stories`: list the issues and stories of a file."""

from __future__ import annotations

import json
from enum import StrEnum
from typing import Annotated

import typer

from ..enums import InputFormat
from .app import command
from .documents import each_result, load_documents


class StoriesFormat(StrEnum):
    table = "table"
    json = "json"
    yaml = "yaml"


@command("stories", "List the issues and stories of issue files.")
def stories(
    paths: Annotated[list[str], typer.Argument(help="Issue files, folders, globs, or - for stdin.", metavar="PATH...")],
    fmt: Annotated[StoriesFormat, typer.Option("--format", "-f", help="Output format.")] = StoriesFormat.table,
    input_format: Annotated[InputFormat | None, typer.Option("--input-format", help="Read inputs as this format (default: from content and extension).")] = None,
) -> None:
    """List each issue (number, title) and its stories (index, title, subtitle, section,
    start/end offsets)."""
    from ..pipeline import parse

    failures: list[str] = []
    issues = list(each_result(
        load_documents(paths, input_format),
        lambda doc: ({"file": doc.name, **issue.model_dump(mode="json")} for issue in parse(doc)),
        failures,
    ))
    if fmt is StoriesFormat.json:
        typer.echo(json.dumps(issues, ensure_ascii=False, indent=2))
    elif fmt is StoriesFormat.yaml:
        import yaml

        typer.echo(yaml.safe_dump(issues, sort_keys=False, allow_unicode=True, width=100), nl=False)
    else:
        _table(issues)
    if failures:
        raise typer.Exit(1)


def _table(issues: list[dict]) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    for issue in issues:
        table = Table(title=issue["title"] or f"Import AI {issue['number']}", title_justify="left")
        for col in ("#", "section", "title", "start", "end"):
            table.add_column(col, justify="right" if col in ("#", "start", "end") else "left")
        for s in issue["stories"]:
            table.add_row(str(s["index"]), s["section"], s["title"], str(s["start"]), str(s["end"]))
        console.print(table)
