"""The examples in the docstrings of the modules this suite does not otherwise run them for."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = ["skeleton", "records", "diff", "report", "writers"]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    module = importlib.import_module(f"importai_claims.{name}")
    result = doctest.testmod(module)
    assert result.failed == 0 and result.attempted > 0
