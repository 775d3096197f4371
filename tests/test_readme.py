"""The README's Python example runs as written, from the project's root."""

from __future__ import annotations

import os

import regex

from conftest import ROOT


def test_python_example_runs(capsys):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Using it from Python"):]
    code = regex.search(r"```python\n(.*?)```", section, regex.DOTALL).group(1)
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        namespace: dict = {}
        exec(compile(code, "README.md", "exec"), namespace)
    finally:
        os.chdir(cwd)
    printed = capsys.readouterr().out.splitlines()
    assert any("10—100x" in line for line in printed)
    assert len(namespace["claims"]) > 0
