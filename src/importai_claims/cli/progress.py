"""A progress bar on stderr for runs over many files: only on a terminal, never with --quiet."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager

MANY_FILES = 5  # fewer files than this finish too soon for a bar to help


@contextmanager
def file_progress(total: int, quiet: bool) -> Iterator[Callable[[], None]]:
    """A function to call after each file. It draws a bar when there are many files and
    stderr is a terminal; otherwise it does nothing and rich is not even imported."""
    if quiet or total < MANY_FILES or not sys.stderr.isatty():
        yield lambda: None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    with Progress(TextColumn("extracting"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                  console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("files", total=total)
        yield lambda: bar.advance(task)
