"""A newsletter email saved as a message (.eml): its HTML part read as HTML, the issue's title
and date taken from the Subject and Date headers when the HTML's head does not give them."""

from __future__ import annotations

from email import message_from_string, policy
from html import escape

import regex

from . import Document, ReadError
from .html import html_text, page_document

MIME_HEADERS = regex.compile(
    r"""
    \A \ufeff?
    (?: [A-Za-z][A-Za-z0-9\-]* : [^\r\n]* \r?\n (?: [ \t] [^\r\n]* \r?\n )* )+   # header lines
    """,
    regex.VERBOSE,
)


def is_message(source: str) -> bool:
    """Whether the text opens with mail headers that name a MIME type."""
    m = MIME_HEADERS.match(source)
    return m is not None and regex.search(r"^(?:content-type|mime-version)\s*:", m.group(), regex.I | regex.M) is not None


def read_message(source: str, name: str = "<email>") -> Document:
    message = message_from_string(source.lstrip("\ufeff"), policy=policy.default)
    part = message.get_body(preferencelist=("html", "plain"))
    if part is None:
        raise ReadError("an email without a text or HTML body")
    body = part.get_content()
    if part.get_content_type() == "text/plain":
        body = f"<pre>{escape(body)}</pre>"
    text, head = html_text(body)
    head.setdefault("og:title", str(message.get("subject", "") or ""))
    head.setdefault("date", str(message.get("date", "") or ""))
    return page_document(text, head, name)
