"""Readers turn an input into a Document: the text to extract from, and a map from that text's
offsets back to the input's own.

One module per format: `text` (as in seeds/), `markdown` (Substack exports and archivers),
`html` (a saved page or a newsletter email), `feed` (RSS or Atom, many issues). `load` picks
the reader from `--input-format`, else from the content and the file name (see `detect`).

What offsets index:

- plain text and Markdown: the file's own text, as `open(path, encoding=..., newline="")`
  reads it (no newline translation; a UTF-8 byte-order mark counts as one code point);
- HTML and feeds: the document text the reader makes of the markup, which `claims text`
  prints.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..models import IssueMeta
from .encoding import ReadError, decode

BOM = "\ufeff"


@dataclass(frozen=True)
class Document:
    """What a reader makes of one input.

    `text` is what stories and claims are found in. `source` is the text that offsets in
    records index: the input file's own text for plain text and Markdown, `text` itself for
    formats whose markup is dropped (HTML, feeds). `offsets[i]` is where `text[i]` stands in
    `source`, with one more entry for the end; None when the two texts are the same.

    `meta` describes the one issue of the input when the text alone does not (front matter,
    an HTML head); `issues` describes each issue of a feed, matched to the text's issues by
    number.
    """

    text: str
    source: str
    offsets: list[int] | None = None
    meta: IssueMeta | None = None
    name: str = "<text>"
    format: str = "text"
    issues: tuple[IssueMeta, ...] = ()
    extra: dict = field(default_factory=dict)

    def to_source(self, start: int, end: int) -> tuple[int, int]:
        """The source span of text[start:end]."""
        if self.offsets is None:
            return start, end
        if end <= start:
            return self.offsets[start], self.offsets[start]
        return self.offsets[start], self.offsets[end - 1] + 1

    def evidence_span(self, start: int, end: int) -> tuple[int, int]:
        """The source span of the evidence text[start:end]: where markup stands inside it in
        the source ("**12.6**B", "[7B](…) parameters"), the span stops before the markup, so
        that evidence is always a verbatim run of the source's text."""
        if self.offsets is None or end <= start:
            return self.to_source(start, end)
        last = start
        while last + 1 < end and self.offsets[last + 1] == self.offsets[last] + 1:
            last += 1
        return self.offsets[start], self.offsets[last] + 1


from .detect import FORMATS, detect_format  # noqa: E402
from .text import read_text  # noqa: E402


def read(text: str, name: str = "<text>", input_format: str | None = None) -> Document:
    """Read decoded text, choosing the reader by `input_format`, else by content and name."""
    fmt = input_format or detect_format(text, name)
    if fmt not in FORMATS:
        raise ReadError(f"unknown input format {fmt!r} (choose from {', '.join(FORMATS)})")
    if fmt == "markdown":
        from .markdown import read_markdown as reader
    elif fmt == "html":
        from .html import read_html as reader
    elif fmt == "feed":
        from .feed import read_feed as reader
    else:
        reader = read_text
    return reader(text, name)


def read_bytes(data: bytes, name: str = "<bytes>") -> Document:
    return read_text(decode(data), name)


def load(data: bytes, name: str = "<bytes>", input_format: str | None = None) -> Document:
    """Read one input, choosing the reader by `input_format`, else by content and extension."""
    if input_format is not None and input_format not in FORMATS:
        raise ReadError(f"unknown input format {input_format!r} (choose from {', '.join(FORMATS)})")
    return read(decode(data), name, input_format)


__all__ = ["BOM", "FORMATS", "Document", "ReadError", "decode", "detect_format", "load", "read",
           "read_bytes", "read_text"]
