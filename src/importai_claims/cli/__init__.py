"""The `claims` command line. `main` answers `--version` before loading anything heavy."""

from __future__ import annotations

import sys


def main() -> None:
    if sys.argv[1:] in (["--version"], ["-V"]):
        from .. import __version__

        print(f"claims {__version__}")
        return
    from .app import app

    app()
