"""`claims diff`: compare two sets of claims, with exit codes as `git diff --exit-code` has them."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from .app import command
from .common import CliError, Input

# A side with one of these names is a claims file even when it is too broken to look like one.
CLAIMS_SUFFIXES = (".yaml", ".yml", ".json", ".jsonl", ".csv")

if TYPE_CHECKING:
    from ..models import Claim
    from ..diff_report import Section


class DiffFormat(StrEnum):
    table = "table"
    json = "json"
    markdown = "markdown"


class By(StrEnum):
    claim = "claim"
    subject = "subject"


def _fail_on(value: str | None) -> list[str]:
    """The --fail-on list, "added,changed" -> ["added", "changed"]; all three when not given."""
    from ..diff import Category

    names = [n.strip() for n in (value or ",".join(Category)).split(",") if n.strip()]
    wrong = [n for n in names if n not in Category.__members__]
    if wrong or not names:
        raise typer.BadParameter(f"{', '.join(wrong) or repr(value)}: choose from {', '.join(Category)}")
    return names


@command("diff", "Compare the claims of two files; exit 1 when they differ.", error_code=2)
def diff(
    old: Annotated[str, typer.Argument(help="A claims file (YAML/JSON/JSONL) or an issue file, or -.", metavar="OLD")],
    new: Annotated[str, typer.Argument(help="A claims file (YAML/JSON/JSONL) or an issue file, or -.", metavar="NEW")],
    fmt: Annotated[DiffFormat, typer.Option("--format", "-f", help="Output format.")] = DiffFormat.table,
    fail_on: Annotated[str | None, typer.Option(
        "--fail-on", callback=_fail_on, metavar="added,removed,changed",
        help="Which differences make the exit code 1 (default: all three).")] = None,
    by: Annotated[By, typer.Option("--by", help="claim: match claim by claim; subject: compare "
                                   "(kind, subject, benchmark) groups, e.g. of two different issues.")] = By.claim,
) -> None:
    """Compare two sets of claims. Each side is a claims file written by `claims extract`, or
    an issue file, extracted on the fly; which one is decided by content. The report lists the
    claims added, removed and changed (old → new). Exit 0 when nothing differs, 1 when
    something does (only the groups named by --fail-on count), 2 on an error."""
    from ..diff import compare_subjects, diff_claims
    from ..diff_report import claim_diff_json, claim_sections, markdown, subject_diff_json, subject_sections, summary

    old_claims, new_claims = load_side(old), load_side(new)
    if by is By.subject:
        result = compare_subjects(old_claims, new_claims)
        sections, as_json = subject_sections(result), subject_diff_json
    else:
        result = diff_claims(old_claims, new_claims)
        sections, as_json = claim_sections(result), claim_diff_json
    if fmt is DiffFormat.json:
        typer.echo(as_json(result, old, new), nl=False)
    elif fmt is DiffFormat.markdown:
        typer.echo(markdown(sections, result.counts(), f"Claims: `{old}` → `{new}`"), nl=False)
    else:
        _table(sections, summary(result.counts()))
    if result.differs(fail_on):  # the callback made it a list of category names
        raise typer.Exit(1)


def load_side(name: str) -> list[Claim]:
    """The claims of one side: read as a claims file when its content is one, else extracted
    from the issue, in whichever input format its content and name say (text, Markdown, HTML,
    a feed)."""
    from ..pipeline import extract_document
    from ..readers import decode, read
    from ..records import load_claims, looks_like_records

    try:
        text = decode(Input(name, None if name == "-" else Path(name)).read())
        if looks_like_records(text) or Path(name).suffix.lower() in CLAIMS_SUFFIXES:
            return load_claims(text)
        return extract_document(read(text, name))
    except ValueError as e:  # not text, not a claims file, no issue: say which side
        raise CliError(f"{name}: {e}") from None


def _table(sections: list[Section], line: str) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    for s in sections:
        if not s.rows:
            continue
        table = Table(title=f"{s.heading} ({len(s.rows)})", title_justify="left")
        for col in s.columns:
            table.add_column(col)
        for row in s.rows:
            table.add_row(*row)
        console.print(table)
    console.print(line, highlight=False)
