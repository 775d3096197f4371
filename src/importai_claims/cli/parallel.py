"""`claims extract --jobs N`: the files of a run extracted in worker processes, their claims
written in the order of the inputs, as with one job. At most a few files per worker are in
flight, so memory stays bounded however many files there are."""

from __future__ import annotations

import sys
import traceback
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path

from ..enums import Kind
from .common import CliError, Input, resolve_inputs, warn

AHEAD = 2  # files submitted per worker before the first result is written


def extract_file(name: str, path: str | None, data: bytes | None, input_format: str | None,
                 kinds: list[Kind] | None) -> tuple[list[dict], str | None, str | None]:
    """One file's claims as records; or the one-line message of why it failed (the same
    messages as a run with one job) and the traceback of the error, for --debug."""
    from ..pipeline import extract_document
    from ..readers import ReadError, load
    from ..segment import NotAnIssueError

    try:
        doc = load(data if data is not None else Input(name, Path(path)).read(), name, input_format)
        return [c.model_dump(mode="json") for c in extract_document(doc, kinds)], None, None
    except CliError as e:
        return [], str(e), traceback.format_exc()
    except (NotAnIssueError, ReadError) as e:
        return [], f"{name}: {e}", traceback.format_exc()
    except Exception as e:  # as each_result does: one file's bug must not cost the others
        return [], (f"{name}: internal error ({type(e).__name__}: {e}); this is a bug, "
                    "please report it with the file (--debug shows the traceback)"), traceback.format_exc()


def extract_in_parallel(paths: list[str], input_format: str | None, kinds: list[Kind] | None, jobs: int,
                        failures: list[str], succeeded: list[str],
                        done: Callable[[], None] = lambda: None) -> Iterator[dict]:
    """The claims of every input, as records, in input order; failures reported as with one
    job, the names of the files that went through added to `succeeded`, `done` called after
    each file."""
    from .app import STATE

    with ProcessPoolExecutor(max_workers=jobs) as pool:
        pending: deque[tuple[str, Future | CliError]] = deque()

        def drain(keep: int) -> Iterator[dict]:
            while len(pending) > keep:
                name, item = pending.popleft()
                records, error, trace = (None, str(item), None) if isinstance(item, CliError) else item.result()
                if error is not None:
                    if STATE["debug"] and trace:
                        sys.stderr.write(trace)
                    failures.append(error)
                    warn(error)
                else:
                    succeeded.append(name)
                    yield from records
                done()

        for item in resolve_inputs(paths):
            if isinstance(item, CliError):
                pending.append(("", item))
            else:
                data = item.read() if item.path is None else None  # standard input is read here
                path = str(item.path) if item.path is not None else None
                pending.append((item.name, pool.submit(extract_file, item.name, path, data, input_format, kinds)))
            yield from drain(AHEAD * jobs)
        yield from drain(0)
