"""Plain text, as in seeds/: the document text is the file's text, less a leading byte-order
mark (which offsets still count, as the file read as UTF-8 holds it)."""

from __future__ import annotations

from . import BOM, Document


def read_text(text: str, name: str = "<text>") -> Document:
    """A plain-text issue, as in seeds/."""
    if text.startswith(BOM):
        body = text[1:]
        return Document(text=body, source=text, offsets=list(range(1, len(text) + 1)), name=name, format="text")
    return Document(text=text, source=text, name=name, format="text")
