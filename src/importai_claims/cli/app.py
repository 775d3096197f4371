"""The Typer app: the global options and the list of commands. Each command lives in its own
module as a thin wrapper over the library."""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable
from typing import Annotated, Any

import typer

from .. import __version__
from .common import CliError

app = typer.Typer(
    name="claims",
    help="Extract validated, machine-readable quantitative research claims from Import AI issues.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)
STATE = {"debug": False}
# Click's usage errors, wherever this Typer keeps its copy of Click.
CLICK_ERROR = next(c for c in typer.BadParameter.__mro__ if c.__name__ == "ClickException")


def _version(value: bool) -> None:
    if value:
        typer.echo(f"claims {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[bool, typer.Option("--version", "-V", callback=_version, is_eager=True,
                                          help="Print the version and exit.")] = False,
    debug: Annotated[bool, typer.Option("--debug", help="Show the traceback of a handled error.")] = False,
) -> None:
    """Extract validated, machine-readable quantitative research claims from Import AI issues."""
    STATE["debug"] = debug


def handled(func: Callable[..., Any], error_code: int = 1) -> Callable[..., Any]:
    """Turn the library's errors into one line on stderr and `error_code` (1, or 2 for `diff`,
    whose 1 means "the inputs differ")."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        # Imported when a command runs, not when it is registered: `claims --help` needs neither.
        from ..readers import ReadError
        from ..segment import NotAnIssueError

        try:
            return func(*args, **kwargs)
        except BrokenPipeError:
            # The reader went away (`claims … | head`): stop quietly, as Unix tools do.
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            raise typer.Exit(141) from None
        except (CliError, ReadError, NotAnIssueError, OSError, ValueError) as e:
            if STATE["debug"]:
                raise
            typer.echo(f"claims: {e}", err=True)
            raise typer.Exit(error_code) from None
        except KeyboardInterrupt:
            typer.echo("claims: interrupted", err=True)
            raise typer.Exit(130) from None
        except (typer.Exit, typer.Abort, CLICK_ERROR):
            raise  # exits and usage errors the command chose
        except Exception as e:  # a bug: still one line, and the traceback with --debug
            if STATE["debug"]:
                raise
            typer.echo(f"claims: internal error ({type(e).__name__}: {e}); this is a bug, please report it "
                       "(--debug shows the traceback)", err=True)
            raise typer.Exit(error_code) from None

    return wrapper


def command(name: str, help_line: str, error_code: int = 1) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Register a command with its one-line description and error handling."""
    def register(func: Callable[..., Any]) -> Callable[..., Any]:
        app.command(name, help=func.__doc__, short_help=help_line)(handled(func, error_code))
        return func

    return register


# The commands, in the order `claims --help` lists them.
from . import extract, stories, text, export, diff, report, schema, validate  # noqa: E402,F401,I001
