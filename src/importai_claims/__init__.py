"""importai-claims: validated, machine-readable quantitative claims from Import AI issues.

>>> from importai_claims import extract
>>> [(c.kind.value, c.value) for c in extract("Import AI 999: Test\n\nA story about speed:\n…A subtitle…\nIt runs 250× faster than a GPU.\n")]
[('speedup', 250.0)]

The public names are imported on first use, so `claims --version` starts fast.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_EXPORTS = {
    "extract": "pipeline", "extract_document": "pipeline", "parse": "pipeline",
    "Claim": "models", "Issue": "models", "Story": "models", "StoryRef": "models", "IssueMeta": "models",
    "Kind": "models", "Bound": "models", "Section": "models",
    "Document": "readers", "ReadError": "readers", "read_text": "readers",
    "NotAnIssueError": "segment",
}
__all__ = ["__version__", *_EXPORTS]

if TYPE_CHECKING:  # pragma: no cover
    from .models import Bound, Claim, Issue, IssueMeta, Kind, Section, Story, StoryRef
    from .pipeline import extract, extract_document, parse
    from .readers import Document, ReadError, read_text
    from .segment import NotAnIssueError


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(importlib.import_module(f".{_EXPORTS[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
