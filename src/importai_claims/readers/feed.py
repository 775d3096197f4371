"""RSS and Atom feeds: many issues, each an item (entry) whose content is the issue's HTML.

Each item that is an Import AI issue becomes one issue of the document text: its title line
("Import AI 400: …", from the item's title when its content has none), then the content's
text as the HTML reader lays it out. Items that are not issues (a podcast episode, a notice)
are left out and counted in `extra["skipped"]`. Each issue's date and url come from its item
and travel in `Document.issues`. Offsets index the document text, which `claims text` prints.

The XML is parsed with the standard library; a feed that declares entities is refused, so no
entity is ever expanded and nothing is fetched.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from html import escape
from dataclasses import dataclass

import regex

from . import Document, ReadError
from .html import html_text, with_title_line
from .meta import has_issue_title, issue_meta

ATOM = "{http://www.w3.org/2005/Atom}"
CONTENT_ENCODED = "{http://purl.org/rss/1.0/modules/content/}encoded"
DC_DATE = "{http://purl.org/dc/elements/1.1/}date"
RSS1 = "{http://purl.org/rss/1.0/}"
ENTITY_DECLARATION = regex.compile(r"<!ENTITY", regex.IGNORECASE)


@dataclass(frozen=True)
class Item:
    """One item of a feed, as the feed gives it."""

    title: str | None
    link: str | None
    date: str | None
    html: str


def _child_text(el: ET.Element, *tags: str) -> str | None:
    for tag in tags:
        child = el.find(tag)
        if child is not None and (child.text or "").strip():
            return child.text.strip()
    return None


def _atom_link(entry: ET.Element) -> str | None:
    links = entry.findall(f"{ATOM}link")
    for link in links:
        if link.get("rel", "alternate") == "alternate" and link.get("href"):
            return link.get("href")
    return links[0].get("href") if links else None


def _atom_content(entry: ET.Element) -> str:
    for tag in (f"{ATOM}content", f"{ATOM}summary"):
        el = entry.find(tag)
        if el is None:
            continue
        kind = el.get("type", "text")
        if kind == "xhtml" or len(el):
            return (el.text or "") + "".join(ET.tostring(c, encoding="unicode") for c in el)
        if kind == "html":
            return el.text or ""
        return "<pre>" + escape(el.text or "") + "</pre>"
    return ""


def items(root: ET.Element) -> list[Item]:
    """The items of an RSS 2.0, RSS 1.0 or Atom feed, in the feed's order."""
    if root.tag == f"{ATOM}feed":
        return [Item(title=_child_text(e, f"{ATOM}title"), link=_atom_link(e),
                     date=_child_text(e, f"{ATOM}published", f"{ATOM}updated"), html=_atom_content(e))
                for e in root.iter(f"{ATOM}entry")]
    found = list(root.iter("item")) or list(root.iter(f"{RSS1}item"))
    return [Item(title=_child_text(i, "title", f"{RSS1}title"), link=_child_text(i, "link", f"{RSS1}link", "guid"),
                 date=_child_text(i, "pubDate", DC_DATE),
                 html=_child_text(i, CONTENT_ENCODED, "description", f"{RSS1}description") or "")
            for i in found]


def parse_feed(source: str) -> ET.Element:
    if ENTITY_DECLARATION.search(source):
        raise ReadError("the feed declares XML entities: refused")
    try:
        return ET.fromstring(source.lstrip("\ufeff").lstrip())
    except ET.ParseError as e:
        raise ReadError(f"not a well-formed feed ({e})") from None


def read_feed(source: str, name: str = "<feed>") -> Document:
    """A feed of issues: one issue per item that is one."""
    root = parse_feed(source)
    found = items(root)
    if not found:
        raise ReadError("no items in this feed (not RSS or Atom?)")
    parts, metas, skipped = [], [], 0
    for item in found:
        text, _ = html_text(item.html)
        meta = issue_meta(item.title, item.date, item.link)
        text = with_title_line(text, meta.title, meta.number)
        if not has_issue_title(text):
            skipped += 1
            continue
        parts.append(text)
        metas.append(meta)
    text = "\n".join(parts)
    return Document(text=text, source=text, name=name, format="feed", issues=tuple(metas),
                    extra={"items": len(found), "skipped": skipped})
