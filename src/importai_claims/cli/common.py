"""What the commands share: input resolution, output writing, options, and errors."""

from __future__ import annotations

import glob
import os
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import typer

ISSUE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".xml", ".rss", ".atom", ".eml")


class CliError(Exception):
    """A handled error: one line on stderr, exit 1."""


@dataclass(frozen=True)
class Input:
    """One input: a path, or '-' for standard input."""

    name: str
    path: Path | None

    def read(self) -> bytes:
        if self.path is None:
            return sys.stdin.buffer.read()
        try:
            return self.path.read_bytes()
        except IsADirectoryError:
            raise CliError(f"{self.name}: is a directory") from None
        except OSError as e:
            raise CliError(f"{self.name}: {e.strerror or e}") from None


def resolve_inputs(paths: Iterable[str]) -> Iterator[Input | CliError]:
    """Files, directories (recursively, sorted), globs and '-', in the order given.
    A path that names nothing is yielded as an error so that the others still run."""
    for p in paths:
        if p == "-":
            yield Input("-", None)
            continue
        path = Path(p)
        if path.is_dir():
            found = sorted(f for f in path.rglob("*") if f.is_file() and f.suffix.lower() in ISSUE_SUFFIXES)
            if not found:
                yield CliError(f"{p}: no issue files (*{', *'.join(ISSUE_SUFFIXES)}) in this directory")
            yield from (Input(str(f), f) for f in found)
        elif path.exists():
            yield Input(p, path)
        elif glob.has_magic(p):
            matches = sorted(glob.glob(p, recursive=True))
            if not matches:
                yield CliError(f"{p}: no file matches this pattern")
            yield from (Input(m, Path(m)) for m in matches if Path(m).is_file())
        else:
            yield CliError(f"{p}: no such file or directory")


def write_output(chunks: Iterable[str], output: Path | None, inputs: Iterable[Input] = (),
                 keep: Callable[[], bool] = lambda: True) -> None:
    """Write chunks to stdout, or atomically to `output`: a temporary file in the same folder
    is renamed into place only once everything was written, so a failed run leaves any
    previous output as it was. `keep()`, asked once everything was written, can still say
    the result is not worth replacing the previous output with (every input failed)."""
    if output is None:
        out = sys.stdout
        for chunk in chunks:
            out.write(chunk)
        out.flush()
        return
    target = output.resolve()
    if target.is_dir():
        raise CliError(f"{output}: is a directory; -o takes a file path")
    for i in inputs:
        if i.path is not None and i.path.resolve() == target:
            raise CliError(f"refusing to write the output over the input {i.name}")
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as f:
            for chunk in chunks:
                f.write(chunk)
        if not keep():
            Path(tmp).unlink()
            return
        os.chmod(tmp, _default_file_mode())  # mkstemp makes it owner-only; an output is an ordinary file
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _default_file_mode() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def warn(message: str) -> None:
    """One line on stderr."""
    typer.echo(f"claims: {message}", err=True)
