"""Issue metadata from what a format offers (front matter, an HTML head, a feed item): the
number from the title ("Import AI 400: …") or else from the url's slug, and the date as an
ISO date whatever way it was written.

>>> issue_meta("Import AI 400: Distillation scaling laws", "Mon, 17 Feb 2025 13:01:32 GMT", None)
IssueMeta(number=400, title='Import AI 400: Distillation scaling laws', date='2025-02-17', url=None)
>>> issue_meta("Distillation scaling laws", "", "https://importai.substack.com/p/import-ai-400-distillation").number
400
"""

from __future__ import annotations

from datetime import date, datetime
from email.utils import parsedate_to_datetime

import regex

from ..models import IssueMeta
from ..segment import ISSUE_TITLE

URL_NUMBER = regex.compile(
    r"""
    import-?ai-?                # the slug's "import-ai-" (Substack) or "importai"
    (?P<number> [0-9]{1,4} )       # the issue number
    (?: [-/.] | $ )             # ends the slug or a word of it
    """,
    regex.VERBOSE | regex.IGNORECASE,
)


def issue_number(title: str | None, url: str | None) -> int | None:
    """The issue number from a title line, else from a url such as …/p/import-ai-400-…"""
    if title and (m := ISSUE_TITLE.match(title.strip())):
        return int(m.group("number"))
    if url and (m := URL_NUMBER.search(url)):
        return int(m.group("number"))
    return None


def iso_date(value: object) -> str | None:
    """A date as YYYY-MM-DD, from ISO 8601 or RFC 822 text (or a date); other text as given."""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    text = str(value).strip() if value is not None else ""
    if not text:
        return None
    try:
        return datetime.fromisoformat(text).date().isoformat()
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(text).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return text


def clean(value: object) -> str | None:
    text = " ".join(str(value).split()) if value is not None else ""
    return text or None


def issue_meta(title: object, day: object, url: object) -> IssueMeta:
    """What a format says about its issue, normalised."""
    title, url = clean(title), clean(url)
    return IssueMeta(number=issue_number(title, url), title=title, date=iso_date(day), url=url)


def is_issue_title(line: str) -> bool:
    """Whether a line is an issue's title line ("Import AI 401: …")."""
    return ISSUE_TITLE.match(line) is not None


def has_issue_title(text: str) -> bool:
    """Whether the text holds an issue's title line of its own."""
    return ISSUE_TITLE.search(text) is not None
