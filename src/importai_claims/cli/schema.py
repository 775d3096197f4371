"""`claims schema`: the JSON Schema of a claim record."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from .app import command
from .common import write_output


@command("schema", "Print the JSON Schema of a claim record.")
def schema(
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write here instead of stdout.")] = None,
) -> None:
    """Print the JSON Schema (draft 2020-12) of one claim record, generated from the Claim
    model. A claims file is an array of such records."""
    from ..records import claim_schema

    write_output([json.dumps(claim_schema(), ensure_ascii=False, indent=2) + "\n"], output)
