"""`claims --version` and `claims --help` start fast because they import nothing heavy: checked
by what a fresh interpreter has loaded, not by a clock."""

from __future__ import annotations

import json
import subprocess
import sys

HEAVY = ("pydantic", "yaml", "regex", "rich", "importai_claims.models", "importai_claims.pipeline")


def loaded_after(code: str) -> set[str]:
    probe = f"import sys, io, json, contextlib\nwith contextlib.redirect_stdout(io.StringIO()):\n    {code}\nprint(json.dumps(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    return set(json.loads(out.splitlines()[-1]))


def test_version_imports_neither_typer_nor_the_library():
    modules = loaded_after("sys.argv = ['claims', '--version']; from importai_claims.cli import main; main()")
    assert not {"typer", "click", *HEAVY} & modules


def test_help_imports_typer_but_not_the_library():
    code = ("sys.argv = ['claims', '--help']\n    from importai_claims.cli import main\n"
            "    try:\n        main()\n    except SystemExit:\n        pass")
    modules = loaded_after(code)
    assert "typer" in modules and not set(HEAVY) & modules, sorted(set(HEAVY) & modules)
