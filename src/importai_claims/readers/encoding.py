"""Bytes to text, or a one-line reason why the bytes are not text.

Text comes out as `open(path, encoding=…, newline="")` reads it, so that offsets index the
file as other tools read it: UTF-8 (a byte-order mark is kept, as U+FEFF), UTF-16 with a
byte-order mark (which the codec drops), and UTF-16 without a byte-order mark,
which is told by its NUL bytes: text that is mostly ASCII has a NUL in every other byte, the
odd ones in little-endian order, the even ones in big-endian order. What is refused, each
with its own message: an empty file, a file whose first bytes are the signature of a known
binary format (an image, a PDF, an archive), any other file with NUL bytes, and invalid UTF-8.

>>> decode("Import AI 401: …".encode("utf-16-le"))
'Import AI 401: …'
>>> decode(b"\\x89PNG\\r\\n\\x1a\\n\\x00\\x00\\x00\\rIHDR")
Traceback (most recent call last):
...
importai_claims.readers.encoding.ReadError: binary file (a PNG image), not text
"""

from __future__ import annotations


class ReadError(ValueError):
    """The input cannot be read as an issue (binary data, an unknown encoding, …)."""


# The first bytes of binary formats people mistake for issues, and what to call them.
SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF: convert it to text first"),
    (b"PK\x03\x04", "a ZIP archive (or a .docx/.epub)"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"\x7fELF", "an executable"),
    (b"SQLite format 3\x00", "an SQLite database"),
)
UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
# How much of the input the UTF-16 test looks at, and how lopsided its NULs must be.
SAMPLE = 4096
MOSTLY = 0.5    # at least half the pairs have a NUL on one side…
RARELY = 0.01   # …and at most this share on the other side


def signature(data: bytes) -> str | None:
    """What a known binary format's signature says the data is, or None.

    >>> signature(b"%PDF-1.7 ..."), signature(b"Import AI")
    ('a PDF: convert it to text first', None)
    """
    if data[8:12] == b"WEBP" and data.startswith(b"RIFF"):
        return "a WebP image"
    return next((what for magic, what in SIGNATURES if data.startswith(magic)), None)


def utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' when the NUL bytes fall in every other position, else None.

    >>> utf16_without_bom("Hello".encode("utf-16-be")), utf16_without_bom(b"Hello, \\x00 world")
    ('utf-16-be', None)
    """
    sample = data[:SAMPLE]
    pairs = len(sample) // 2
    if pairs == 0 or len(data) % 2:
        return None
    even = sample[0::2].count(0) / pairs   # the first byte of each pair
    odd = sample[1::2].count(0) / pairs    # the second
    if odd >= MOSTLY and even <= RARELY:
        return "utf-16-le"
    if even >= MOSTLY and odd <= RARELY:
        return "utf-16-be"
    return None


def decode(data: bytes) -> str:
    """Bytes to text: UTF-8 or UTF-16 (with or without a byte-order mark). Raises ReadError
    with a one-line reason for anything else."""
    if not data:
        raise ReadError("empty file")
    if what := signature(data):
        raise ReadError(f"binary file ({what}), not text")
    if data.startswith(UTF16_BOMS):
        return _decode(data, "utf-16", "UTF-16")
    if b"\x00" in data:
        if encoding := utf16_without_bom(data):
            text = _decode(data, encoding, "UTF-16 (without a BOM)")
            if "\x00" not in text:
                return text
        raise ReadError(f"binary data (a NUL byte at offset {data.index(0)}), not a text file")
    return _decode(data, "utf-8", "UTF-8")


def _decode(data: bytes, encoding: str, name: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as e:
        bad = data[e.start:e.end][:4]
        what = f"byte {bad.hex()}" if len(bad) == 1 else f"bytes {bad.hex(' ')}"
        raise ReadError(f"not valid {name}: {what} at offset {e.start}; save the file as UTF-8") from None
