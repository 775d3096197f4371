"""Turn the command line's paths into documents, lazily, one failure at a time."""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, TypeVar

from .common import CliError, Input, resolve_inputs, warn

if TYPE_CHECKING:  # the readers import pydantic: loaded on first use, not for `claims --help`
    from ..readers import Document

T = TypeVar("T")


class LoadedDocuments:
    """The documents of the given paths, in order; a path that fails gives a CliError in its
    place so the others still run. `inputs` lists every input file seen so far."""

    def __init__(self, paths: Iterable[str], input_format: str | None) -> None:
        self.paths = list(paths)
        self.input_format = input_format
        self.inputs: list[Input] = [i for i in resolve_inputs(self.paths) if isinstance(i, Input)]

    def __iter__(self) -> Iterator[Document | CliError]:
        from ..readers import ReadError, load

        for item in resolve_inputs(self.paths):
            if isinstance(item, CliError):
                yield item
                continue
            try:
                yield load(item.read(), item.name, self.input_format)
            except CliError as e:
                yield e
            except ReadError as e:
                yield CliError(f"{item.name}: {e}")


def load_documents(paths: Iterable[str], input_format: str | None = None) -> LoadedDocuments:
    return LoadedDocuments(paths, input_format)


def each_result(loaded: LoadedDocuments, func: Callable[[Document], Iterable[T]], failures: list[str],
                succeeded: list[str] | None = None) -> Iterator[T]:
    """func's results for every document in turn. A file that cannot be read, or holds no
    issue, is reported on stderr and skipped; its message is added to `failures`. So is a
    file that trips a bug, so that one file does not cost the others their results. With
    --debug, each failure's traceback goes to stderr too. The names of the files that went
    through are added to `succeeded`."""
    from ..readers import ReadError
    from ..segment import NotAnIssueError

    for item in loaded:
        if isinstance(item, CliError):
            _fail(failures, str(item))
            continue
        try:
            results = list(func(item))
        except (NotAnIssueError, ReadError) as e:
            _fail(failures, f"{item.name}: {e}")
            continue
        except Exception as e:
            _fail(failures, f"{item.name}: internal error ({type(e).__name__}: {e}); this is a bug, "
                            "please report it with the file (--debug shows the traceback)")
            continue
        if succeeded is not None:
            succeeded.append(item.name)
        yield from results


def _fail(failures: list[str], message: str) -> None:
    from .app import STATE

    if STATE["debug"] and sys.exc_info()[0] is not None:
        traceback.print_exc(file=sys.stderr)
    failures.append(message)
    warn(message)
