"""Readers turn an input file into a Document: the text to extract from, and a map from that
text's offsets back to the input's own.

Plain text is read as it is: the document text is the file's text and offsets are the same.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..models import IssueMeta


class ReadError(ValueError):
    """The input cannot be read as an issue (binary data, an unknown encoding, …)."""


@dataclass(frozen=True)
class Document:
    """What a reader makes of one input.

    `text` is what stories and claims are found in. `source` is the text that offsets in
    records index: the input file's own text for plain text and Markdown, `text` itself for
    formats whose markup is dropped (HTML, feeds). `offsets[i]` is where `text[i]` stands in
    `source`, with one more entry for the end; None when the two texts are the same.
    """

    text: str
    source: str
    offsets: list[int] | None = None
    meta: IssueMeta | None = None
    name: str = "<text>"
    format: str = "text"
    extra: dict = field(default_factory=dict)

    def to_source(self, start: int, end: int) -> tuple[int, int]:
        """The source span of text[start:end]."""
        if self.offsets is None:
            return start, end
        if end <= start:
            return self.offsets[start], self.offsets[start]
        return self.offsets[start], self.offsets[end - 1] + 1


def decode(data: bytes) -> str:
    """Bytes to text: UTF-8 (with or without a BOM) or UTF-16 with a BOM."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if b"\x00" in data:
        raise ReadError("binary data (NUL bytes): not a text file")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise ReadError(f"not valid UTF-8 (byte {e.start})") from None


def read_text(text: str, name: str = "<text>") -> Document:
    """A plain-text issue, as in seeds/."""
    return Document(text=text, source=text, name=name, format="text")


def read_bytes(data: bytes, name: str = "<bytes>") -> Document:
    return read_text(decode(data), name)


FORMATS = ("text",)


def load(data: bytes, name: str = "<bytes>", input_format: str | None = None) -> Document:
    """Read one input, choosing the reader by `input_format`, else by content and extension."""
    fmt = input_format or "text"
    if fmt not in FORMATS:
        raise ReadError(f"unknown input format {fmt!r} (choose from {', '.join(FORMATS)})")
    return read_bytes(data, name)
