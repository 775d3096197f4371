"""HTML: a saved web page (Substack's or another's) or a newsletter email.

The document text is what a reader of the page sees, laid out as the plain-text issues are:
a paragraph per block with a blank line between, `<br>` as a line break, a heading's text on
its own line with its subtitle on the next, `<hr>` as a "***" line, list items as "• …". Only
the `<article>` is read when the page has one (a saved Substack page: the post, without its
navigation and comments); scripts, styles and the head are never text. Nothing is fetched or
run. Offsets index this document text, which `claims text` prints.

The issue's number, title, date and url come from the head: og:title or <title>,
og:url or the canonical link, article:published_time (or a <time datetime>). On a page of
several posts (a blog's archive), each article's first heading, the link in it and its <time>
say its issue's.
"""

from __future__ import annotations

from html.parser import HTMLParser

import regex

from . import Document
from .meta import has_issue_title, is_issue_title, issue_meta

SKIPPED = frozenset({"script", "style", "head", "title", "noscript", "template", "svg", "iframe",
                     "object", "button", "select", "textarea", "form"})
VOID = frozenset({"br", "hr", "img", "meta", "link", "input", "wbr", "area", "base", "col", "embed",
                  "source", "track", "param"})
HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
BLOCKS = HEADINGS | frozenset({
    "p", "div", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "td", "th",
    "section", "article", "header", "footer", "main", "nav", "aside", "figure", "figcaption",
    "center", "address", "details", "summary", "body",
})
DATE_PROPERTIES = ("article:published_time", "og:published_time", "date", "dc.date", "dcterms.date",
                   "pubdate", "publish-date", "article:modified_time")
ASCII_SPACE = regex.compile(r"[ \t\n\r\f]+")
STRAY_EMPHASIS = regex.compile(
    r"""
    ^ [ ]* [*_]+ (?: [ ]+ [*_]+ )* [ ]* (?= [^\s*_] )  # Markdown emphasis marks that a renderer
                                                       # left at the start of a line of text
    | (?<= [^\s*_] ) [ ]* [*_]+ [ ]* $                 # or at its end
    | ^ [ ]* (?: _+ | \*{1,2} ) [ ]* $                  # or alone on a line (not a "***" break)
    """,
    regex.VERBOSE | regex.MULTILINE,
)


class _PageText(HTMLParser):
    """Collects the visible text of a page as lines and paragraphs, and its head's metadata."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.pending = 0            # line breaks owed before the next text
        self.cap = 2                # at most this many (1 just after a heading)
        self.skip: list[str] = []   # open elements whose content is not text
        self.pre = 0
        self.head: dict[str, str] = {}
        self.title: list[str] = []
        self.in_title = False
        self.articles = 0           # open <article> elements
        self.article_parts: list[str] | None = None
        # Each outermost article's first heading, the link in it and its first <time datetime>:
        # a blog's page of several posts says each issue's title, url and date there.
        self.article_heads: list[dict[str, str]] = []
        self.heading: list[str] | None = None  # the text of that heading, while it is read

    # Layout ---------------------------------------------------------------------------

    def _out(self) -> list[str]:
        return self.article_parts if self.articles and self.article_parts is not None else self.parts

    def _break(self, n: int) -> None:
        self.pending = min(max(self.pending, n), self.cap)

    def _line_break(self) -> None:
        self.pending += 1
        self.cap = max(self.cap, self.pending)

    def _text(self, data: str) -> None:
        out = self._out()
        if not self.pre:
            data = ASCII_SPACE.sub(" ", data)
            at_line_start = not out or self.pending or out[-1].endswith("\n")
            if at_line_start:
                data = data.lstrip(" ")
        if not data:
            return
        if out and self.pending:
            while out and out[-1].endswith(" "):
                out[-1] = out[-1].rstrip(" ")
            out.append("\n" * self.pending)
        self.pending, self.cap = 0, 2
        out.append(data)

    # Parser events --------------------------------------------------------------------

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
            if key and "content" in a:
                self.head.setdefault(key, a["content"])
            return
        if tag == "link" and "canonical" in a.get("rel", "").lower().split():
            self.head.setdefault("canonical", a.get("href", ""))
            return
        if tag == "time" and a.get("datetime"):
            self.head.setdefault("time", a["datetime"])
            if self.articles:
                self.article_heads[-1].setdefault("time", a["datetime"])
        if tag == "a" and self.heading is not None and a.get("href"):
            self.article_heads[-1].setdefault("url", a["href"])
        if tag in HEADINGS and self.articles and "title" not in self.article_heads[-1] and self.heading is None:
            self.heading = []
        if tag == "title":
            self.in_title = True
        if tag in SKIPPED:
            if tag not in VOID:
                self.skip.append(tag)
            return
        if self.skip or tag in VOID and tag not in ("br", "hr"):
            return
        if tag == "article":
            if self.articles == 0 and self.article_parts is None:
                self.article_parts = []
            if self.articles == 0:
                self.article_heads.append({})
            self.articles += 1
        if tag == "br":
            self._line_break()
        elif tag == "hr":
            self._break(2)
            self._text("***")
            self._break(2)
        elif tag in BLOCKS:
            self._break(2)
            if tag == "li":
                self._text("• ")
            if tag == "pre":
                self.pre += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        if self.skip:
            if tag == self.skip[-1]:
                self.skip.pop()
            return
        if tag == "article" and self.articles:
            self.articles -= 1
        if tag in HEADINGS and self.heading is not None:
            self.article_heads[-1]["title"] = "".join(self.heading)
            self.heading = None
        if tag in HEADINGS:
            self._break(1)
            self.cap = 1
        elif tag in BLOCKS:
            self._break(2)
            if tag == "pre" and self.pre:
                self.pre -= 1

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title.append(data)
        if not self.skip:
            if self.heading is not None:
                self.heading.append(data)
            self._text(data)

    def text(self) -> str:
        parts = self.article_parts if self.article_parts else self.parts
        return "".join(parts).rstrip() + "\n"


def html_text(markup: str) -> tuple[str, dict[str, str]]:
    """The visible text of an HTML page or fragment, and its head's metadata (with 'title')."""
    text, head, _ = _read_page(markup)
    return text, head


def _read_page(markup: str) -> tuple[str, dict[str, str], list[dict[str, str]]]:
    """html_text's text and head, and the title, url and time of each outermost article."""
    parser = _PageText()
    parser.feed(markup)
    parser.close()
    text = STRAY_EMPHASIS.sub("", parser.text()).rstrip() + "\n"
    head = dict(parser.head)
    if parser.title:
        head.setdefault("title", " ".join("".join(parser.title).split()))
    return text, head, parser.article_heads


def head_meta(head: dict[str, str]):
    """An issue's metadata from a page head."""
    title = head.get("og:title") or head.get("twitter:title") or head.get("title")
    day = next((head[k] for k in (*DATE_PROPERTIES, "time") if head.get(k)), None)
    url = head.get("og:url") or head.get("canonical")
    return issue_meta(title, day, url)


def with_title_line(text: str, title: str | None, number: int | None) -> str:
    """The text, opened by the issue's title line when it has none of its own and the title
    names the issue ("Import AI 400: …")."""
    if number is None or not title or not is_issue_title(title) or has_issue_title(text):
        return text
    return f"{title}\n\n{text}"


def page_document(text: str, head: dict[str, str], name: str,
                  articles: list[dict[str, str]] = ()) -> Document:
    """The document of a page's text and head: opened by the issue's title line if need be.
    The articles' own titles, urls and times describe the issues they hold (a blog's page of
    posts), matched to the text's issues by number."""
    meta = head_meta(head)
    text = with_title_line(text, meta.title, meta.number)
    issues = tuple(m for a in articles
                   if (m := issue_meta(a.get("title"), a.get("time"), a.get("url"))).number is not None)
    return Document(text=text, source=text, meta=meta, name=name, format="html", issues=issues)


def read_html(source: str, name: str = "<html>") -> Document:
    """A saved page or email (as HTML, or as a MIME message whose HTML part is read): its
    visible text; offsets index that text."""
    from .mail import is_message, read_message

    if is_message(source):
        return read_message(source, name)
    text, head, articles = _read_page(source)
    return page_document(text, head, name, articles)
