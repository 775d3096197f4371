"""`claims validate`: check claims files against the claim schema."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from .app import command
from .common import CliError, Input, warn


@command("validate", "Check claims files against the claim schema.")
def validate(
    files: Annotated[list[Path], typer.Argument(help="Claims files (YAML, JSON or JSONL).", metavar="FILE...")],
) -> None:
    """Check each claims file against the schema that `claims schema` prints. Each problem is
    one line, "FILE: record INDEX: FIELD: message", with INDEX counted from 0. Exits 1 when
    any file is invalid or cannot be read."""
    from ..readers import decode
    from ..records import load_records, problems

    invalid = False
    for path in files:
        try:
            records = load_records(decode(Input(str(path), path).read()))
        except (CliError, ValueError) as e:  # unreadable, not UTF-8, not a claims file
            warn(str(e) if isinstance(e, CliError) else f"{path}: {e}")  # a CliError names the file
            invalid = True
            continue
        found = [f"{path}: {p}" for p in problems(records)]
        for line in found:
            typer.echo(line)
        if not found:
            typer.echo(f"{path}: {len(records)} records, valid")
        invalid = invalid or bool(found)
    if invalid:
        raise typer.Exit(1)
